"""The email draft: an .eml message with the report's files attached.

`write_eml(document, attachments, path, sender="", to="")` writes an RFC 5322 message
(UTF-8, CRLF line ends) that the officer opens in their mail program when there is a
connection: the header `X-Unsent: 1` makes Outlook open it as a draft to send (with a
Send button); Thunderbird opens .eml files too (then "Edit as New Message"). The
subject and a short body are in Vietnamese; each file is attached with its MIME type
and its name (non-ASCII names encoded as RFC 2231 says). No survivor's details: the
attachments are the report's files, which carry aggregates only.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Sequence
from datetime import date
from email import encoders
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formatdate, make_msgid
from pathlib import Path

from gbv_desktop.reports.model import ReportDocument
from gbv_desktop.storage.errors import from_os_error
from gbv_desktop.storage.files import atomic_write_bytes

MIME_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".json": "application/json",
    ".eml": "message/rfc822",
}
FILE_DESCRIPTIONS = {
    ".pdf": "văn bản báo cáo (bản PDF)",
    ".docx": "văn bản báo cáo (bản Word để chỉnh sửa)",
    ".xlsx": "phụ lục số liệu (bảng tính Excel)",
    ".json": "gói số liệu để nhập vào phần mềm tổng hợp của thành phố",
}
# CRLF line ends (what .eml files on Windows have); headers in ASCII (the subject as RFC
# 2047 encoded words, file names as RFC 2231 parameters), which every mail program
# reads. The classic (compat32) generator: Python 3.11's newer header folding drops a
# space between encoded words of a long Vietnamese subject.
POLICY = compat32.clone(linesep="\r\n")
_ADDRESS_SPLIT = re.compile(r"\s*[;,]\s*")


def mime_type(path: Path) -> tuple[str, str]:
    """(maintype, subtype) of a file from its extension."""
    known = MIME_TYPES.get(path.suffix.lower())
    if known is None:
        known = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    main, _, sub = known.partition("/")
    return main, sub


def addresses(text: str) -> str:
    """One or several addresses, separated by "," or ";" as people type them, as a
    header value ("a@b.vn, c@d.vn")."""
    parts = [p.strip() for p in _ADDRESS_SPLIT.split(text or "") if p.strip()]
    return ", ".join(parts)


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def _lower_first(text: str) -> str:
    """ "Kết quả ..." -> "kết quả ..." (an acronym such as "UBND" stays)."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return text
    return text[:1].lower() + text[1:]


def email_subject(document: ReportDocument) -> str:
    """ "Báo cáo kết quả thực hiện ... 6 tháng đầu năm 2025 - Phường Tân Lợi"."""
    from gbv_desktop.reports import letter as L

    subject = _one_line(document.letter.subject) or L.default_subject(document)
    subject = _lower_first(subject)
    unit = _one_line(document.figures.unit.name)
    text = f"Báo cáo {subject}"
    return f"{text} - {unit}" if unit else text


def email_body(document: ReportDocument, attachments: Sequence[Path]) -> str:
    from gbv_desktop.reports import letter as L

    f, details = document.figures, document.letter
    unit = f.unit
    cleaned = (_one_line(x).lstrip("-–•+ ").rstrip(";.,") for x in details.recipients)
    recipients = [r for r in cleaned if r] or [_one_line(unit.recipient)]
    subject = _one_line(details.subject) or L.default_subject(document)
    subject = _lower_first(subject)
    number = L.number_line(details.number, unit.document_symbol).removeprefix("Số:").strip()
    issued = details.issued_on or date.today()
    reference = (
        f" (số {number}, ngày {L.short_date(issued)})"
        if _one_line(details.number)
        else f" (ngày {L.short_date(issued)})"
    )
    lines = [f"Kính gửi: {'; '.join(r for r in recipients if r)}.", ""]
    lines.append(f"{L.authority_name(document)} gửi Báo cáo {subject}{reference}.")
    if attachments:
        lines += ["", "Tệp đính kèm:"]
        for path in attachments:
            what = FILE_DESCRIPTIONS.get(path.suffix.lower(), "")
            lines.append(f"- {path.name}" + (f": {what}" if what else ""))
    lines += [
        "",
        "Báo cáo chỉ gồm số liệu tổng hợp, không có thông tin cá nhân của người bị bạo lực.",
    ]
    if f.masked:
        lines.append(
            "Đây là bản đã che các số liệu nhỏ (ghi „<5”) để chia sẻ ngoài cơ quan nhà nước."
        )
    lines += ["", "Trân trọng./.", "", _one_line(unit.name)]
    return "\n".join(lines) + "\n"


def _utf8_qp() -> Charset:
    charset = Charset("utf-8")
    charset.body_encoding = QP  # readable in the raw file, unlike base64
    return charset


def build_message(
    document: ReportDocument, attachments: Sequence[Path], sender: str = "", to: str = ""
) -> Message:
    """The draft message, files read from `attachments`."""
    body = MIMEText(email_body(document, attachments), "plain", _utf8_qp())
    if attachments:
        msg: Message = MIMEMultipart()
        msg.attach(body)
    else:
        msg = body
    if addresses(sender):
        msg["From"] = addresses(sender)
    if addresses(to):
        msg["To"] = addresses(to)
    msg["Subject"] = Header(email_subject(document), "utf-8")
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="gbv-desktop.invalid")
    msg["X-Unsent"] = "1"  # Outlook: open as a draft, ready to send
    msg["X-Mailer"] = "gbv-desktop"
    for path in attachments:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise from_os_error(exc, path) from exc
        main, sub = mime_type(path)
        part = MIMEBase(main, sub)
        part.set_payload(data)
        encoders.encode_base64(part)
        name = path.name
        if name.isascii():
            part.add_header("Content-Disposition", "attachment", filename=name)
        else:
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
            # Older Outlook versions read the name from Content-Type's "name" too.
            part.set_param("name", name, charset="utf-8")
        msg.attach(part)
    return msg


def write_eml(
    document: ReportDocument,
    attachments: Sequence[Path | str],
    path: Path | str,
    sender: str = "",
    to: str = "",
) -> str:
    """Write the draft to `path` atomically; returns the file's SHA-256.

    Raises a `StorageError` (nothing half-written) when an attachment cannot be read or
    the folder is missing, read-only or full.
    """
    message = build_message(document, [Path(a) for a in attachments], sender, to)
    return atomic_write_bytes(path, message.as_bytes(policy=POLICY))
