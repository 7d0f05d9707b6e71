"""Where a path lives: removable drives and network shares, from real and sample mount tables."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from gbv_desktop.storage import location
from gbv_desktop.storage.location import Mount, parse_macos_mount, parse_mounts

LINUX_TABLE = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime,fmask=0077 0 0
tmpfs /run tmpfs rw,nosuid,nodev 0 0
/dev/sdb1 /media/canbo/USB\\040BAO\\040CAO vfat rw,nosuid,nodev,relatime,uid=1000 0 0
/dev/sdc1 /run/media/canbo/THE_NHO exfat rw,nosuid,nodev,relatime 0 0
/dev/sdd1 /media/canbo/Backup ext4 rw,nosuid,nodev,relatime 0 0
/dev/sde1 /mnt/usb ntfs3 rw,relatime 0 0
/dev/sda3 /mnt/data ext4 rw,relatime 0 0
//server/chung /mnt/chung cifs rw,relatime,vers=3.1.1 0 0
nas:/export/ubnd /home/canbo/nas nfs4 rw,relatime,vers=4.2 0 0
canbo@may-chu:/srv /home/canbo/ssh fuse.sshfs rw,nosuid,nodev 0 0
tmpfs /media/canbo/ram tmpfs rw 0 0
# a comment line
broken
"""

MACOS_TABLE = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
/dev/disk4s1 on /Volumes/USB BAO CAO (msdos, local, nodev, nosuid, noowners)
//canbo@nas/chung on /Volumes/chung (smbfs, nodev, nosuid, mounted by canbo)
/dev/disk5s2 on /Volumes/Time Machine (apfs, local, nodev, nosuid, journaled)
"""


def test_parse_mounts_decodes_escaped_spaces_and_skips_junk() -> None:
    mounts = parse_mounts(LINUX_TABLE)
    points = [m.mount_point for m in mounts]
    assert "/media/canbo/USB BAO CAO" in points
    assert all(m.mount_point.startswith("/") for m in mounts)
    assert len(mounts) == 14  # the comment and the broken line are skipped
    usb = next(m for m in mounts if m.mount_point == "/media/canbo/USB BAO CAO")
    assert usb == Mount("/dev/sdb1", "/media/canbo/USB BAO CAO", "vfat", usb.options)


def test_removable_drives_from_a_linux_table() -> None:
    mounts = parse_mounts(LINUX_TABLE)
    drives = location.removable_drives(mounts, platform="linux")
    assert drives == sorted(
        [
            Path("/media/canbo/Backup"),  # any real filesystem the desktop mounted
            Path("/media/canbo/USB BAO CAO"),
            Path("/mnt/usb"),  # a stick's filesystem mounted by hand
            Path("/run/media/canbo/THE_NHO"),
        ]
    )
    # The EFI partition is vfat but not under a mount folder; /mnt/data is ext4 (a
    # fixed disk); a tmpfs under /media is not a drive.
    assert Path("/boot/efi") not in drives and Path("/mnt/data") not in drives


def test_is_removable_and_is_network_on_a_linux_table() -> None:
    mounts = parse_mounts(LINUX_TABLE)

    def removable(p: str) -> bool:
        return location.is_removable(p, mounts, platform="linux")

    def network(p: str) -> bool:
        return location.is_network(p, mounts, platform="linux")

    assert removable("/media/canbo/USB BAO CAO/BaoCao/bao-cao.pdf")
    assert removable("/run/media/canbo/THE_NHO")
    assert not removable("/home/canbo/Documents/unit.db")
    assert not removable("/mnt/data/unit.db")
    assert network("/mnt/chung/ubnd/unit.db")
    assert network("/home/canbo/nas/unit.db")
    assert network("/home/canbo/ssh/x")
    assert not network("/home/canbo/Documents/unit.db")
    assert not network("/media/canbo/USB BAO CAO")


def test_the_longest_mount_point_wins() -> None:
    mounts = parse_mounts("/dev/a / ext4 rw 0 0\nsrv:/x /home/u/share nfs rw 0 0\n")
    assert location.mount_of("/home/u/share/f", mounts).fstype == "nfs"  # type: ignore[union-attr]
    assert location.mount_of("/home/u/sharedother", mounts).fstype == "ext4"  # type: ignore[union-attr]


def test_macos_volumes() -> None:
    mounts = parse_macos_mount(MACOS_TABLE)
    assert Mount("/dev/disk4s1", "/Volumes/USB BAO CAO", "msdos", mounts[2].options) in mounts
    drives = location.removable_drives(mounts, platform="darwin")
    assert drives == [Path("/Volumes/Time Machine"), Path("/Volumes/USB BAO CAO")]
    assert location.is_network("/Volumes/chung/unit.db", mounts, platform="darwin")
    assert not location.is_network("/Users/canbo/unit.db", mounts, platform="darwin")


def test_the_real_mount_table(tmp_path: Path) -> None:
    if sys.platform == "linux":
        mounts = location.linux_mounts()
        assert mounts, "/proc/mounts lists at least the root filesystem"
        assert location.mount_of(tmp_path, mounts) is not None
    # The test folder is on this machine's own disk.
    assert not location.is_network(tmp_path)
    assert not location.is_removable(tmp_path)
    drives = location.removable_drives()
    assert all(isinstance(d, Path) and d.is_absolute() for d in drives)
    assert tmp_path not in drives


# -- Windows (the same decisions, with Windows' answers given) ------------------------------


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Drive types by drive root and links by path, as Windows would answer."""
    world: dict[str, Any] = {
        "types": {"C:\\": 3, "D:\\": location.DRIVE_REMOVABLE, "E:\\": location.DRIVE_CDROM,
                  "Z:\\": location.DRIVE_REMOTE},
        "links": {},
        "buses": {"C:\\": 11},  # SATA
    }  # fmt: skip
    monkeypatch.setattr(location, "_drive_type", lambda root: world["types"].get(root.upper(), 1))

    def bus_type(root: str) -> int | None:
        bus = world["buses"].get(root.upper())
        if isinstance(bus, Exception):
            raise bus
        return bus

    monkeypatch.setattr(location, "_bus_type", bus_type)
    monkeypatch.setattr(location, "_windows_realpath", lambda text: world["links"].get(text, text))
    return world


@pytest.mark.parametrize(
    ("path", "network", "removable"),
    [
        ("C:\\Users\\lan\\AppData\\Local\\gbv-desktop\\gbv.db", False, False),
        ("c:\\data\\gbv.db", False, False),
        ("D:\\gbv.db", False, True),  # a USB stick
        ("E:\\gbv.db", False, True),  # a CD
        ("Z:\\phong\\gbv.db", True, False),  # a mapped network drive
        ("\\\\server\\share\\gbv.db", True, False),
        ("//server/share/gbv.db", True, False),
        ("\\\\?\\C:\\data\\gbv.db", False, False),  # the long-path form of drive C:
        ("\\\\?\\D:\\gbv.db", False, True),
        ("\\\\?\\UNC\\server\\share\\gbv.db", True, False),
    ],
)
def test_windows_places(windows: dict[str, Any], path: str, network: bool, removable: bool) -> None:
    assert location.is_network(path, platform="win32") is network
    assert location.is_removable(path, platform="win32") is removable


def test_windows_follows_links_to_a_share_or_a_stick(windows: dict[str, Any]) -> None:
    windows["links"]["C:\\data\\gbv.db"] = "\\\\server\\share\\gbv.db"  # a folder linked to a share
    windows["links"]["C:\\stick\\gbv.db"] = "D:\\gbv.db"  # a junction to a stick
    assert location.is_network("C:\\data\\gbv.db", platform="win32")
    assert location.is_removable("C:\\stick\\gbv.db", platform="win32")
    assert not location.is_network("C:\\stick\\gbv.db", platform="win32")


def test_a_usb_hard_disk_is_removable_on_windows(windows: dict[str, Any]) -> None:
    """Windows calls a USB hard disk a fixed drive; the disk's bus says what it is."""
    windows["types"].update({"F:\\": 3, "G:\\": 3, "H:\\": 3, "M:\\": 3})
    windows["buses"].update({"F:\\": location.BUS_USB, "G:\\": None, "H:\\": OSError("denied"),
                             "M:\\": location.BUS_MMC})  # fmt: skip
    assert location.is_removable("F:\\gbv.db", platform="win32")
    assert not location.is_network("F:\\gbv.db", platform="win32")
    assert not location.is_removable("C:\\gbv.db", platform="win32")  # SATA: this computer's
    assert not location.is_removable("G:\\gbv.db", platform="win32")  # Windows does not say
    assert not location.is_removable("H:\\gbv.db", platform="win32")
    # A laptop's own eMMC disk is on the MMC bus: this computer's.
    assert not location.is_removable("M:\\gbv.db", platform="win32")
    # Windows' own drive is this computer's, even started from a USB disk.
    windows["buses"]["C:\\"] = location.BUS_USB
    assert not location.is_removable("C:\\gbv.db", platform="win32")


def test_removable_drives_on_windows(
    windows: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    windows["types"]["F:\\"] = 3
    windows["buses"]["F:\\"] = location.BUS_1394
    monkeypatch.setattr(
        location, "_windows_drives", lambda: ["C:\\", "D:\\", "E:\\", "F:\\", "Z:\\"]
    )
    assert location.removable_drives(platform="win32") == [Path("D:\\"), Path("F:\\")]


def test_an_empty_card_reader_fails_quietly_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    modes: list[int] = []
    kernel32 = type("Kernel32", (), {"SetErrorMode": staticmethod(modes.append)})
    monkeypatch.setattr(ctypes, "windll", type("WinDLL", (), {"kernel32": kernel32}), raising=False)
    monkeypatch.setattr(location.sys, "platform", "win32")
    location.quiet_drive_errors()
    assert modes == [location.SEM_FAILCRITICALERRORS | location.SEM_NOOPENFILEERRORBOX]
    monkeypatch.setattr(location.sys, "platform", "linux")
    location.quiet_drive_errors()
    assert len(modes) == 1  # elsewhere, nothing to do
