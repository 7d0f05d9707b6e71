"""User-facing messages raised below the UI, translated where they are shown.

The layers below `ui/` never import Qt, yet every user-facing string must go through
Qt's translation system. So those layers only *mark* their English source strings with
`QT_TRANSLATE_NOOP(context, text)` (the name `pyside6-lupdate` extracts), and carry a
`Message`; the window or the command line translates it with
`QCoreApplication.translate` when it is shown. Placeholders are `{name}` fields that
`str.format` fills after translation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


def identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = identity) -> str:
        params = {
            k: (v.render(translate) if isinstance(v, Message | Labels) else v)
            for k, v in self.params.items()
        }
        return translate(self.context, self.source).format(**params)

    def __str__(self) -> str:
        return self.render()


# The language a catalogue is in, asked through the catalogue itself: the Vietnamese one
# translates this "en" as "vi". Lets vocabulary labels (domain data in both languages)
# follow the language of the message they appear in, without Qt below the UI.
LANGUAGE_PROBE = QT_TRANSLATE_NOOP("Language", "en")


@dataclass(frozen=True)
class Labels:
    """Vocabulary labels as a message parameter, in the language the message is shown in."""

    vocabulary: Any  # domain.vocab.Vocabulary (not imported: vocab imports nothing of ours)
    codes: tuple[str, ...]

    def render(self, translate: Translate = identity) -> str:
        lang = translate("Language", LANGUAGE_PROBE)
        return ", ".join(self.vocabulary.label(code, lang) for code in self.codes)


class KnownError(Exception):
    """An error the user can act on; carries a translatable message."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.source)
        self.message = message

    def render(self, translate: Translate = identity) -> str:
        return self.message.render(translate)

    def __str__(self) -> str:
        return self.message.render()
