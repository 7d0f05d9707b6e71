"""The Qt window: pages, models, forms and the report wizard."""
