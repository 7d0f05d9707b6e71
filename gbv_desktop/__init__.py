"""gbv-desktop: offline records and official reports against gender-based violence."""

__version__ = "0.1.0"
