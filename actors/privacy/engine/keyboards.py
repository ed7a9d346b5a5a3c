"""What a key types under another layout or with the hands one key off, and the way back: tables
for ``str.translate`` that the decoder applies where the text says so ("typed on Dvorak", "my
hands were one key to the right")."""
from __future__ import annotations

# a US keyboard's rows, plain and with shift
_ROWS = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
         "~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?")

# what a key types on a US layout when the system thought the keyboard was Dvorak: the Dvorak
# character back to the key's QWERTY one
_DVORAK_KEYS = "',.pyfgcrl/=aoeuidhtns-;qjkxbmwvz[]\"<>PYFGCRL?+AOEUIDHTNS_:QJKXBMWVZ{}"
_QWERTY_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,./-=QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?_+"
DVORAK = str.maketrans(_DVORAK_KEYS, _QWERTY_KEYS)
# ... and the other way: a Dvorak typist's keys with the system on QWERTY
QWERTY_FOR_DVORAK = str.maketrans(_QWERTY_KEYS, _DVORAK_KEYS)
# the same for Colemak: the keys where it differs from QWERTY, and what each types there
_COLEMAK_KEYS = "fpgjluy;rstdneiokFPGJLUY:RSTDNEIOK"
_QWERTY_UNDER_COLEMAK = "ertyuiopsdfgjkl;nERTYUIOPSDFGJKL:N"
COLEMAK = str.maketrans(_COLEMAK_KEYS, _QWERTY_UNDER_COLEMAK)
QWERTY_FOR_COLEMAK = str.maketrans(_QWERTY_UNDER_COLEMAK, _COLEMAK_KEYS)
# French AZERTY typed on QWERTY key caps: each AZERTY character, then the QWERTY label of its key
_AZERTY_PAIRS = ("&1 é2 \"3 '4 (5 -6 è7 _8 ç9 à0 )- aq zw ^[ $] qa m; ù' *\\ wz ,m ;, :. !/ "
                 "1! 2@ 3# 4$ 5% 6^ 7& 8* 9( 0) °_ AQ ZW ¨{ £} QA M: %\" µ| WZ ?M .< /> §?").split()
AZERTY = str.maketrans("".join(p[0] for p in _AZERTY_PAIRS), "".join(p[1] for p in _AZERTY_PAIRS))
# hands one key to the right: each typed character back to the key left of it (and the reverse)
SHIFTED_RIGHT = str.maketrans("".join(row[1:] for row in _ROWS), "".join(row[:-1] for row in _ROWS))
SHIFTED_LEFT = str.maketrans("".join(row[:-1] for row in _ROWS), "".join(row[1:] for row in _ROWS))

# the words that say a text was typed so, and the table back
NAMED = ((("dvorak",), DVORAK), (("dvorak",), QWERTY_FOR_DVORAK),
         (("colemak",), COLEMAK), (("colemak",), QWERTY_FOR_COLEMAK), (("azerty",), AZERTY),
         (("one key to the right", "one key right", "shifted right", "shifted one key right", "one to the right",
           "key to the right"), SHIFTED_RIGHT),
         (("one key to the left", "one key left", "shifted left", "shifted one key left", "one to the left",
           "key to the left"), SHIFTED_LEFT))
