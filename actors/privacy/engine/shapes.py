"""Secrets told by their shape alone, in any language: a password as a password policy makes people
write it (upper and lower case letters, a digit and a symbol: ``Zephyr%Cactus63``), standing as a
word of its own. The words around it ("wifi-salasana", "ਪਾਸਵਰਡ", "kalmar sirri") can be in any of the
world's languages; this shape is the same in all of them, and ordinary text (prose, code, logs,
paths, mail addresses, URLs) does not make it. Last in the catalog: any named syntax wins."""
from __future__ import annotations

from .patterns import Detector

_SYMBOLS = "!@#$%^&*?"
_TOKEN = r"A-Za-z0-9_\-+~"
# a word of its own: after a space, a quote, a parenthesis or a colon; before a space, a quote, a
# closing parenthesis, a comma or a sentence's stop (not in [brackets]: a regex's class)
PASSWORD_SHAPE = (rf"(?:(?m:^)|[\s\"'`(>:,“«「])([A-Za-z0-9][{_TOKEN}]*[{_SYMBOLS}][{_TOKEN}{_SYMBOLS}]*)"
                  r"""(?:(?m:$)|[\s"'`),;<”»」]|\.(?:\s|(?m:$)))""")

SHAPES: tuple[Detector, ...] = (
    Detector("password_shaped_word", "assignment", PASSWORD_SHAPE, tuple(_SYMBOLS), "password_shape",
             "passwords", "password", True, trim=".,:;"),
)
LAST_RESORT = frozenset(d.name for d in SHAPES)   # a finding of these never names a merged span
