"""The email draft, parsed back with the standard email package."""

from __future__ import annotations

from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from gbv_desktop.reports.eml import addresses, email_subject, write_eml
from gbv_desktop.storage.errors import StorageError, WriteFailed
from tests.reports.sample import sample_document


def _files(folder: Path) -> list[Path]:
    files = {
        "BaoCao_6thang_2025_PhuongTanLoi.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 40,
        "BaoCao_6thang_2025_PhuongTanLoi.docx": b"PK\x03\x04docx" + b"\x00\xff" * 500,
        "BaoCao_6thang_2025_PhuongTanLoi.xlsx": b"PK\x03\x04xlsx" + b"\x10" * 300,
        "BaoCao_6thang_2025_PhuongTanLoi.json": '{"unit": "Phường Tân Lợi"}\n'.encode(),
        "Phụ lục số liệu đặc biệt.pdf": b"%PDF-1.4 phu luc",
    }
    out = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        out.append(path)
    return out


def _read(path: Path) -> EmailMessage:
    message = message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_the_draft_opens_as_an_unsent_message_with_every_file(tmp_path: Path) -> None:
    files = _files(tmp_path)
    target = tmp_path / "out" / "BaoCao.eml"
    target.parent.mkdir()
    digest = write_eml(
        sample_document(), files, target, sender="ubnd@tanloi.gov.vn", to="phonglaodong@bmt.gov.vn"
    )
    assert len(digest) == 64
    raw = target.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF throughout
    assert raw.isascii()  # headers encoded, bodies in quoted-printable or base64
    message = _read(target)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "phonglaodong@bmt.gov.vn"
    assert message["From"] == "ubnd@tanloi.gov.vn"
    assert message["Date"] and message["Message-ID"]
    assert message["Subject"] == (
        "Báo cáo kết quả thực hiện Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở "
        "giới 6 tháng đầu năm 2025 - Phường Tân Lợi"
    )
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert text.startswith(
        "Kính gửi: Phòng Lao động – Thương binh và Xã hội thành phố Buôn Ma Thuột."
    )
    assert "số 12/BC-UBND, ngày 10/5/2025" in text
    assert "không có thông tin cá nhân" in text
    for path in files:
        assert path.name in text
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [p.name for p in files]
    types = [a.get_content_type() for a in attachments]
    assert types == [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/json",
        "application/pdf",
    ]
    for attachment, path in zip(attachments, files, strict=True):
        assert attachment.get_content() == path.read_bytes()
    # The Vietnamese file name travels as an RFC 2231 parameter.
    assert b"filename*=utf-8''Ph%E1%BB%A5%20l%E1%BB%A5c" in raw


def test_without_an_address_there_is_no_to_and_no_from(tmp_path: Path) -> None:
    target = tmp_path / "draft.eml"
    write_eml(sample_document(), [], target)
    message = _read(target)
    assert message["To"] is None and message["From"] is None
    assert message["X-Unsent"] == "1"
    assert not list(message.iter_attachments())
    assert message.get_content_type() == "text/plain"


def test_several_addresses_as_people_type_them() -> None:
    assert addresses(" a@b.vn; c@d.vn ,e@f.vn ") == "a@b.vn, c@d.vn, e@f.vn"
    assert addresses("") == ""


def test_a_masked_copy_says_so(tmp_path: Path) -> None:
    target = tmp_path / "draft.eml"
    write_eml(sample_document(masked=True), [], target)
    assert "<5" in _read(target).get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_subject_without_a_subject_uses_the_default() -> None:
    document = sample_document()
    document.letter.subject = ""
    subject = email_subject(document)
    assert subject.startswith("Báo cáo kết quả thực hiện") and subject.endswith("- Phường Tân Lợi")


def test_a_missing_attachment_or_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        write_eml(sample_document(), [tmp_path / "gone.pdf"], tmp_path / "a.eml")
    with pytest.raises(WriteFailed):
        write_eml(sample_document(), [], tmp_path / "no-folder" / "a.eml")
    assert list(tmp_path.iterdir()) == []
