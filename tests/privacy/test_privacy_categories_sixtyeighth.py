"""Categories read after the sixty-second and sixty-fourth corpora, and after the sixty-eighth and
seventieth (issue 12, part 51).

- Found: a password a generator made of a word, a joiner and a tail of letters and digits
  (``minipc_io5bb87``) standing in a sentence of a language whose word for it we do not know, or
  after a tool's ``-p``.
- Kept: a word and its number (``test-user01``), a pod's five-letter suffix, a build's hex hash.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest

from privacy_support import WORDS, gone, kept

RNG = random.Random(2026_68)


def word_and_tail(rng: random.Random) -> str:
    """A word, a joiner and a tail whose letters and digits switch (``copper.k3x9q2m``)."""
    tail = "".join(rng.choice(alphabet) for alphabet in (string.ascii_lowercase, string.digits) * 4)[:rng.randrange(6, 9)]
    return rng.choice(WORDS) + rng.choice("._-") + tail


@pytest.mark.parametrize("template", [
    "Kuo u liliu ʻa e lea fufū ʻo e NAS ki he {v}, ʻoua ʻe tuku ki he fōlomu.",
    "Au sa veisautaka na vosa vuni ni NAS me {v}, kakua ni vakaraitaka e na fōrami.",
    '{{"from": "8:live:ana", "content": "Ke fetotse phasewete ya motsamaisi wa NAS go {v}, o se e tsenye mo foramong."}}',
    "vpnctl add -n phone -p {v} -d 1080\n",
])
def test_a_word_and_a_generated_tail_in_a_sentence_or_after_p_is_found(template):
    value = word_and_tail(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "We reset the password of the NAS for account test-user01, please log in again tomorrow.",
    "Restarted the stuck pod fluentd-x7k2p, it was crashing again since noon.",
    "Deployed build web-3f9a2b1c to the staging cluster, then ran the smoke tests there.",
])
def test_a_name_a_pod_or_a_build_in_a_sentence_is_kept(text):
    kept(text)
