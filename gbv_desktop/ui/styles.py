"""Style sheets shared by the window's dialogs and pages (a module of constants only, so
that the sign-in dialog can use them without loading the wizards)."""

from __future__ import annotations

ERROR_STYLE = "color: #b71c1c;"
HINT_STYLE = "color: #555555;"
# A field whose value is not valid: outlined in red, and the line under it says why.
INVALID_STYLE = '[invalid="true"] { border: 1px solid #c62828; background: #fff5f5; }'
# As the record forms mark invalid fields, with the padding Fusion draws, so that a
# marked field keeps its height.
WIZARD_INVALID_STYLE = (
    INVALID_STYLE
    + ' QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QSpinBox[invalid="true"]'
    + ', QComboBox[invalid="true"] { padding: 2px; }'
)
