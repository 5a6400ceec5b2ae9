"""Remove personal identifiers before a message is stored or logged.

Conversations about addiction, violence and mental health are sensitive personal data
(GDPR art. 9). The assistant never needs a CPR number, phone number or e-mail address
to find a door, so they are replaced by placeholders before anything is kept.
"""
from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# CPR: ddmmyy-xxxx, also with a space or no separator.
_CPR = re.compile(r"\b(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[- ]?\d{4}\b")
# Danish phone numbers: 8 digits, optionally +45/0045, grouped by spaces, dots or dashes.
_PHONE = re.compile(r"(?<![\w])(?:(?:\+|00)45[ .-]?)?(?:\d[ .-]?){7}\d(?![\w])")

PLACEHOLDERS = {"cpr": "[cpr]", "phone": "[telefon]", "email": "[email]"}


def redact(text: str) -> str:
    """Return the text with CPR numbers, phone numbers and e-mail addresses replaced."""
    text = _EMAIL.sub(PLACEHOLDERS["email"], text or "")
    text = _CPR.sub(PLACEHOLDERS["cpr"], text)
    return _PHONE.sub(PLACEHOLDERS["phone"], text)
