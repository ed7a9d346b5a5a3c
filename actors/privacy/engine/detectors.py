"""Every credential and identity format the engine knows, declared once as data: the catalog.

Order matters once: where two detectors find the same span, the one declared first names it, so
vendor formats (``formats``) come before the generic syntaxes (``syntaxes``), and identities last.
"""
from __future__ import annotations

from .formats import FORMATS
from .patterns import ALIASES, CATEGORIES, LABEL_OF_CATEGORY, Detector  # noqa: F401  (the engine's vocabulary)
from .dumps import DUMPS
from .forms import FORMS
from .services import SERVICES
from .unnamed import UNNAMED
from .syntaxes import SYNTAXES
from .rpc import RPC
from .plaintext import PLAINTEXT
from .secretfiles import SECRET_FILES
from .signing import SIGNING
from .stated import STATED

IDENTITIES: tuple[Detector, ...] = (
    Detector("email", "pii",
             r"\b([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24})\b",
             ("@",), "email", "emails", "email"),
)

DETECTORS: tuple[Detector, ...] = (*FORMATS, *SERVICES, *FORMS, *PLAINTEXT, *SECRET_FILES, *DUMPS, *SYNTAXES, *RPC, *SIGNING, *STATED, *UNNAMED, *IDENTITIES)
SECRET_TYPES = tuple(d.name for d in DETECTORS if d.category != "pii")
