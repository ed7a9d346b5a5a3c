"""Categories read before the two-hundred-and-sixty-sixth to -sixty-eighth corpora were run (issue 12, part 118):
left items of earlier development corpora and forms from probes of my own.

- A word and a measure joined by an underscore (``brake_8ft``, ``sansho_3kg``) is a value, not a name in code: in a
  sentence in any language and after a key that names a password.
- A Lisp record's strings as a row, before its keyword arguments (``… "pw" :since "2024-02")``).
- A here-string given to any tool that reads its password on standard input, as an echo piped into it would be
  (openconnect, cryptsetup, kinit, ``--passwd-on-stdin``).
- Racket's keyword arguments (``#:password "pw"``).
- A ``user:password`` base64'd for a Basic header by Apex's ``Blob.valueOf`` or Tcl's ``binary encode base64``.
- Kept: names with a number and a unit that code writes (``use_2fa``, ``status_4xx``, ``page_1st``); a here-string given
  to a tool that reads no password; a blob of a sentence; a variable base64'd.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, owner_password, random_text

RNG = random.Random(2026_265)


def _measured() -> str:
    return RNG.choice(("brake", "sansho", "tallow", "fresnel", "gimbal")) + "_" + random_text(RNG, "123456789", 1) + \
        RNG.choice(("ft", "kg", "mm", "lb", "cm"))


@pytest.mark.parametrize("template", [
    "SMS from the warehouse phone: كلمة المرور لحاسوب غرفة الخلط هي {v} – أرجو أن تحتفظ بها لنفسك.\n",
    "ពាក្យសម្ងាត់កុំព្យូទ័រយួរដៃនៅរោងជាង គឺ {v} ។ សូមរក្សាវាទុកសម្រាប់ខ្លួនឯង។\n",
    "The lamp-room laptop password is {v}.\n",
    "kiosk:\n  user: keeper\n  password: {v}\n",
])
def test_a_word_and_a_measure_given_as_a_password_is_found(template):
    value = _measured()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    ';; pickers.el - lamp store handhelds\n(picker "solveig" "aisle-4" "{v}" :since "2024-02")\n',
    '(station "pour-2" "benedikt" "{v}" :shift "early" :badge "0417")\n',
])
def test_a_lisp_records_strings_before_its_keyword_arguments_are_a_row(template):
    value = owner_password(RNG, joiners="_")
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "$ openconnect --user keeper vpn.light.example <<< {v}\n",
    "$ openconnect --user=keeper --passwd-on-stdin vpn.light.example <<< '{v}'\n",
    "# cryptsetup open /dev/sdb1 lampvault <<< '{v}'\n",
    "$ kinit keeper@LIGHT.EXAMPLE <<< \"{v}\"\n",
    "$ echo '{v}' | openconnect --user=keeper --passwd-on-stdin vpn.light.example\n",
])
def test_a_here_string_to_a_tool_that_reads_its_password_on_standard_input_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    '(define conn (postgresql-connect #:user "keeper" #:database "lights" #:password "{v}"))\n',
    "Blob b = Blob.valueOf('keeper:{v}');\nreq.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(b));\n",
    'set tok [::http::geturl $url -headers [list Authorization "Basic [binary encode base64 keeper:{v}]"]]\n',
])
def test_a_password_in_these_calls_is_found(template):
    value = RNG.choice(("fresnel", "gallery", "lantern")) + "-" + random_text(RNG, "ABCDEFGHJKMNPQRSTUVWXYZ", 1) + \
        random_text(RNG, "abcdefghjkmnpqrstuvwxyz", 1) + random_text(RNG, "123456789", 2)
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "password = use_2fa\n", "password: status_4xx\n", "password_field = page_1st\n",
    "$ grep beacon <<< lantern_room_42\n", "$ cat <<< hello_world_1\n",
    "Blob b = Blob.valueOf('hello world: see you at noon');\n", "set enc [binary encode base64 $data]\n",
    '(picker "solveig" "aisle-4" "n/a" :since "2024-02")\n',
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
