"""Where a path lives: on a removable drive, on a network share, or on this computer.

Reports are saved to a folder or straight to a USB stick (`removable_drives()` lists
the ones plugged in); the database itself must stay on the computer's own disk, since
SQLite's write-ahead log cannot work over a network and a pulled stick loses data
(DATA-SAFETY.md promise 10: `is_network`, `is_removable`).

- Linux: the mount table (/proc/mounts). A removable drive is a filesystem mounted
  under /media or /run/media (where the desktop mounts USB sticks and memory cards),
  or one of the filesystems sticks and cards come formatted with (FAT, exFAT, NTFS...)
  mounted under /mnt. A network share is a mount of a network filesystem (NFS, SMB/CIFS,
  SSHFS, 9p...).
- Windows: the path with its links followed (a folder can be a link to a share or a
  stick), then UNC paths (\\\\server\\share, also in the \\\\?\\UNC\\ form) and
  `GetDriveTypeW` of its drive (DRIVE_REMOTE; DRIVE_REMOVABLE and DRIVE_CDROM; and a
  DRIVE_FIXED one whose disk is on a USB or FireWire bus, a USB hard disk, unless it is
  Windows' own drive). An
  empty card reader must not make Windows ask to insert a disk: `quiet_drive_errors`.
- macOS: the volumes under /Volumes except the start-up disk; a network share is a
  mount of smbfs, afpfs, nfs or webdav (from `mount`'s output).

No Qt: used by the report wizard and by the data-safety checks.
"""

from __future__ import annotations

import ntpath
import os
import re
import sys
from pathlib import Path, PurePosixPath
from typing import NamedTuple

# Filesystems USB sticks, memory cards and external disks usually carry.
REMOVABLE_FILESYSTEMS = frozenset(
    {"vfat", "msdos", "fat", "exfat", "ntfs", "ntfs3", "fuseblk", "hfsplus", "hfs", "udf",
     "iso9660", "fuse.exfat", "fuse.ntfs-3g"}
)  # fmt: skip
# Any real filesystem counts under the desktop's own mount folders.
LOCAL_FILESYSTEMS = REMOVABLE_FILESYSTEMS | frozenset(
    {"ext2", "ext3", "ext4", "btrfs", "xfs", "f2fs", "apfs", "jfs", "reiserfs"}
)
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs",
     "ncpfs", "coda", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "davfs",
     "fuse.davfs2", "webdav", "afpfs", "fuse.rclone", "fuse.s3fs", "ocfs2", "gfs2",
     "fuse.gvfsd-fuse", "v9fs", "virtiofs", "drvfs"}
)  # fmt: skip
# Where Linux desktops (udisks) and administrators mount removable media.
DESKTOP_MOUNT_ROOTS = ("/media", "/run/media")
ADMIN_MOUNT_ROOTS = ("/mnt",)

# Windows GetDriveTypeW results.
DRIVE_REMOVABLE = 2
DRIVE_FIXED = 3
DRIVE_REMOTE = 4
DRIVE_CDROM = 5
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOOPENFILEERRORBOX = 0x8000


class Mount(NamedTuple):
    device: str
    mount_point: str
    fstype: str
    options: str = ""


_OCTAL = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011, a backslash as \\134."""
    return _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), field)


def parse_mounts(text: str) -> list[Mount]:
    """The entries of a Linux mount table (the format of /proc/mounts and /etc/mtab)."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3 or parts[0].startswith("#"):
            continue
        options = parts[3] if len(parts) > 3 else ""
        mounts.append(Mount(_unescape(parts[0]), _unescape(parts[1]), parts[2], options))
    return mounts


def parse_macos_mount(text: str) -> list[Mount]:
    """The entries of macOS's `mount` output: "/dev/disk2s1 on /Volumes/USB (msdos, ...)"."""
    mounts = []
    for line in text.splitlines():
        m = re.match(r"^(.*) on (.*) \(([^,)]+)(?:, (.*))?\)\s*$", line)
        if m:
            mounts.append(Mount(m.group(1), m.group(2), m.group(3), m.group(4) or ""))
    return mounts


def linux_mounts() -> list[Mount]:
    try:
        return parse_mounts(Path("/proc/mounts").read_text("utf-8", "surrogateescape"))
    except OSError:
        return []


def _macos_mounts() -> list[Mount]:
    import subprocess  # here: only macOS runs a command (the check runs before sign-in)

    try:
        out = subprocess.run(
            ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_macos_mount(out)


def _under(path: str, roots: tuple[str, ...]) -> bool:
    p = PurePosixPath(path)
    return any(p != PurePosixPath(r) and p.is_relative_to(r) for r in roots)


def is_removable_mount(mount: Mount) -> bool:
    """A Linux mount that is a USB stick, memory card or external disk."""
    if _under(mount.mount_point, DESKTOP_MOUNT_ROOTS):
        return mount.fstype in LOCAL_FILESYSTEMS
    if _under(mount.mount_point, ADMIN_MOUNT_ROOTS):
        return mount.fstype in REMOVABLE_FILESYSTEMS
    return False


def mount_of(path: Path | str, mounts: list[Mount]) -> Mount | None:
    """The mount holding `path` (the longest mount point it is under; the last mounted
    wins when one point is mounted twice)."""
    p = PurePosixPath(_resolved(path))
    best: Mount | None = None
    for m in mounts:
        try:
            if p.is_relative_to(m.mount_point) and (
                best is None or len(m.mount_point) >= len(best.mount_point)
            ):
                best = m
        except ValueError:
            continue
    return best


def _resolved(path: Path | str) -> str:
    try:
        return str(Path(path).expanduser().resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(os.path.expanduser(str(path)))


# -- Windows ------------------------------------------------------------------------------


def _drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))  # type: ignore[attr-defined]


# The buses of disks that are carried away: Windows calls a USB hard disk (or a large
# stick) a fixed drive; its bus says what it is. Not SD or MMC: a cheap laptop's own
# disk can be eMMC on those buses (memory cards show as removable drives anyway).
BUS_USB, BUS_1394, BUS_SD, BUS_MMC = 7, 4, 12, 13
PORTABLE_BUSES = frozenset((BUS_USB, BUS_1394))
IOCTL_STORAGE_QUERY_PROPERTY = 0x2D1400
FILE_SHARE_READ_WRITE = 0x1 | 0x2
OPEN_EXISTING = 3


def _bus_type(root: str) -> int | None:
    """The bus of the disk behind drive `root` ("C:\\"), or None if Windows does not say
    (IOCTL_STORAGE_QUERY_PROPERTY, StorageDeviceProperty)."""
    import ctypes
    from ctypes import wintypes

    class Query(ctypes.Structure):
        _fields_ = [("PropertyId", ctypes.c_int), ("QueryType", ctypes.c_int),
                    ("AdditionalParameters", ctypes.c_ubyte * 1)]  # fmt: skip

    class Descriptor(ctypes.Structure):
        _fields_ = [
            ("Version", wintypes.DWORD), ("Size", wintypes.DWORD),
            ("DeviceType", ctypes.c_ubyte), ("DeviceTypeModifier", ctypes.c_ubyte),
            ("RemovableMedia", ctypes.c_ubyte), ("CommandQueueing", ctypes.c_ubyte),
            ("VendorIdOffset", wintypes.DWORD), ("ProductIdOffset", wintypes.DWORD),
            ("ProductRevisionOffset", wintypes.DWORD), ("SerialNumberOffset", wintypes.DWORD),
            ("BusType", ctypes.c_int), ("RawPropertiesLength", wintypes.DWORD),
            ("RawDeviceProperties", ctypes.c_ubyte * 1),
        ]  # fmt: skip

    # A private handle on kernel32: the argument types set here stay here.
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    kernel32.CreateFileW.restype = wintypes.HANDLE
    kernel32.CreateFileW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD,
                                     ctypes.c_void_p, wintypes.DWORD, wintypes.DWORD,
                                     wintypes.HANDLE]  # fmt: skip
    kernel32.DeviceIoControl.argtypes = [wintypes.HANDLE, wintypes.DWORD, ctypes.c_void_p,
                                         wintypes.DWORD, ctypes.c_void_p, wintypes.DWORD,
                                         ctypes.POINTER(wintypes.DWORD), ctypes.c_void_p]  # fmt: skip
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    volume = "\\\\.\\" + root.rstrip("\\")  # \\.\C:
    # No access asked for: enough to query the device, and no disk is touched.
    handle = kernel32.CreateFileW(volume, 0, FILE_SHARE_READ_WRITE, None, OPEN_EXISTING, 0, None)
    if handle in (None, ctypes.c_void_p(-1).value):  # INVALID_HANDLE_VALUE
        return None
    try:
        query, descriptor, returned = Query(0, 0), Descriptor(), wintypes.DWORD(0)
        ok = kernel32.DeviceIoControl(handle, IOCTL_STORAGE_QUERY_PROPERTY,
                                      ctypes.byref(query), ctypes.sizeof(query),
                                      ctypes.byref(descriptor), ctypes.sizeof(descriptor),
                                      ctypes.byref(returned), None)  # fmt: skip
        return int(descriptor.BusType) if ok else None
    finally:
        kernel32.CloseHandle(handle)


def _portable(root: str) -> bool:
    """Whether the disk behind drive `root` is one that is carried away (see above).
    Never Windows' own drive, whatever its bus (a computer started from a USB disk)."""
    system = os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\").upper() + "\\"
    if root.upper() == system:
        return False
    try:
        return _bus_type(root) in PORTABLE_BUSES
    except (OSError, AttributeError, ValueError):  # Windows would not say: not known to be
        return False


def _has_medium(root: str) -> bool:
    """Whether drive `root` has its medium (a card in the reader, a disc in the drive):
    GetVolumeInformationW answers for a mounted volume only (quietly, under the error
    mode `quiet_drive_errors` sets)."""
    import ctypes

    try:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
        return bool(kernel32.GetVolumeInformationW(
            ctypes.c_wchar_p(root), None, 0, None, None, None, None, 0
        ))  # fmt: skip
    except (OSError, AttributeError):
        return True  # Windows would not say: list it (saving there says what is wrong)


def _windows_drives() -> list[str]:
    import ctypes

    mask = int(ctypes.windll.kernel32.GetLogicalDrives())  # type: ignore[attr-defined]
    return [f"{chr(65 + i)}:\\" for i in range(26) if mask & (1 << i)]


def _windows_realpath(text: str) -> str:
    """`text` with its links (symbolic links, junctions, a mapped drive) followed."""
    try:
        return os.path.realpath(text)
    except (OSError, ValueError):
        return ntpath.abspath(text)


NETWORK, REMOVABLE, LOCAL = "network", "removable", "local"


def _windows_place(path: Path | str) -> str:
    """Where `path` lives on Windows: NETWORK, REMOVABLE or LOCAL."""
    text = _windows_realpath(str(path))
    upper = text.upper()
    if upper.startswith(("\\\\?\\UNC\\", "\\\\.\\UNC\\")):
        return NETWORK
    if upper.startswith(("\\\\?\\", "\\\\.\\")):  # \\?\C:\... is drive C:
        text = text[4:]
    if text.startswith(("\\\\", "//")):
        return NETWORK  # a UNC path: \\server\share
    drive, _ = ntpath.splitdrive(ntpath.abspath(text))
    root = drive + "\\" if drive else text
    kind = _drive_type(root)
    if kind == DRIVE_REMOTE:
        return NETWORK
    if kind in (DRIVE_REMOVABLE, DRIVE_CDROM):
        return REMOVABLE
    if kind == DRIVE_FIXED and drive and _portable(root):
        return REMOVABLE  # a USB hard disk
    return LOCAL


def quiet_drive_errors() -> None:
    """On Windows, let a drive without its disk (an empty card reader) fail quietly
    instead of a system dialog asking to insert one (the program says what is wrong)."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX)


# -- the questions --------------------------------------------------------------------------


def removable_drives(mounts: list[Mount] | None = None, platform: str | None = None) -> list[Path]:
    """The removable drives plugged in now (USB sticks, memory cards), in a stable order.

    `mounts` and `platform` are for tests (a Linux or macOS mount table to use instead
    of the real one)."""
    platform = platform or sys.platform
    if platform == "win32":
        out = []
        for root in _windows_drives():
            kind = _drive_type(root)
            if (kind == DRIVE_REMOVABLE and _has_medium(root)) or (
                kind == DRIVE_FIXED and _portable(root)
            ):  # not an empty card reader
                out.append(Path(root))
        return out
    if platform == "darwin":
        found = mounts if mounts is not None else _macos_mounts()
        out = []
        for m in found:
            point = PurePosixPath(m.mount_point)
            if point.parent == PurePosixPath("/Volumes") and m.fstype not in NETWORK_FILESYSTEMS:
                if mounts is None and os.path.realpath(m.mount_point) == "/":
                    continue  # the start-up disk's alias
                if m.device and m.mount_point and m.mount_point != "/":
                    out.append(Path(m.mount_point))
        return sorted(set(out))
    found = mounts if mounts is not None else linux_mounts()
    seen: dict[str, Path] = {}
    for m in found:
        if is_removable_mount(m):
            seen[m.mount_point] = Path(m.mount_point)
    return sorted(seen.values())


def is_removable(
    path: Path | str, mounts: list[Mount] | None = None, platform: str | None = None
) -> bool:
    """Whether `path` is on a removable drive."""
    platform = platform or sys.platform
    if platform == "win32":
        return _windows_place(path) == REMOVABLE
    if platform == "darwin":
        drives = removable_drives(mounts, platform)
        p = PurePosixPath(_resolved(path))
        return any(p.is_relative_to(d.as_posix()) for d in drives)
    mount = mount_of(path, mounts if mounts is not None else linux_mounts())
    return mount is not None and is_removable_mount(mount)


def is_network(
    path: Path | str, mounts: list[Mount] | None = None, platform: str | None = None
) -> bool:
    """Whether `path` is on a network share."""
    platform = platform or sys.platform
    if platform == "win32":
        return _windows_place(path) == NETWORK
    if platform == "darwin":
        found = mounts if mounts is not None else _macos_mounts()
    else:
        found = mounts if mounts is not None else linux_mounts()
    mount = mount_of(path, found)
    return mount is not None and (
        mount.fstype in NETWORK_FILESYSTEMS or mount.fstype.startswith(("nfs", "fuse.sshfs"))
    )


__all__ = [
    "Mount",
    "is_network",
    "is_removable",
    "linux_mounts",
    "mount_of",
    "parse_macos_mount",
    "parse_mounts",
    "quiet_drive_errors",
    "removable_drives",
]
