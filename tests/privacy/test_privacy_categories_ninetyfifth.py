"""Categories read after the ninety-fifth and ninety-seventh corpora (localization and
translation-management workflows; real-time and WebRTC application developers) (issue 12, part 60).

- Found: a value on the line after its naming line behind a chat line's "[10:02] nick: "; Weblate's
  wlc [keys] (API address = key); DeepL's Translator(key); Jdbi.create(jdbc url, user, pw); cifs'
  user=name%pw; smbclient's password after the share; mosquitto_ctrl's dynsec setClientPassword;
  SIPp's -ap; aiortc's RTCIceServer(turn url, user, credential); ArangoDB's users.save(user, pw); the
  word for password in Samoan, Corsican and Hebrew's construct form.
- Found too: a Firebase server key named as one (a web config's key stays public).
- Kept: PubNub's subscribe key, LiveKit's API key id, Pusher's app key (ids beside a secret, or
  in every client), Crowdin's over-the-air distribution hash.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string
import uuid

import pytest

from privacy_support import gone, kept, random_text, word_password

RNG = random.Random(2026_95)
B62 = string.ascii_letters + string.digits


@pytest.mark.parametrize("template", [
    "[10:02] pm: ok here is the vendor sftp drop password:\n[10:02] pm: {pw}\n[10:03] vendor: got it, thanks\n",
    "[weblate]\nurl = https://translate.example.com/api/\n\n[keys]\nhttps://translate.example.com/api/ = {pw}\n",
    'val jdbi = Jdbi.create("jdbc:mariadb://l10n-db.example.com/tm", "kenji", "{pw}")\n',
    "# mount -t cifs //files.example.com/tm /mnt/tm -o user=tm_ops%{pw},vers=3.0\n",
    "$ smbclient //files.example.org/handoff '{pw}' -U ana -c 'cd batch7; mput *.docx'\n",
    "$ mosquitto_ctrl -o ~/.dynsec dynsec setClientPassword lucia {pw}\n",
    "$ sipp -sn uac -au olu -ap {pw} -r 5 media.example.com:5060\n",
    "server = RTCIceServer('turn:media.example.com:3478', 'sfuadmin', '{pw}')\n",
    "require('@arangodb/users').save('mira', '{pw}');\n",
    "O le upu faataga mo le portal faaliliu o {pw} – faamolemole aua le tuuina i le lisi o upu.\n",
    "A parolla d'intrata di u portale di traduzzione hè {pw} – ùn a mette micca in u glussariu.\n",
    "היי, סיסמת המנהל של שרת ה-TURN היא {pw} — בבקשה אל תדביק אותה.\n",
])
def test_a_password_given_by_its_place_or_its_word_is_found(template):
    pw = word_password(RNG)
    gone(template.format(pw=pw), pw)


def test_a_firebase_server_key_is_found_where_a_web_key_is_public():
    key = "AIza" + random_text(RNG, B62 + "_-", 35)
    gone(f'FIREBASE_SERVER_KEY = "{key}"\n', key)
    kept(f'VITE_FIREBASE_API_KEY = "{key}"\n')


def test_a_deepl_key_given_to_its_client_is_found():
    key = f"{uuid.UUID(bytes=RNG.randbytes(16))}:fx"
    gone(f'import deepl\ntranslator = deepl.Translator("{key}")\n', key)


@pytest.mark.parametrize("make", [
    lambda r: f"const pubnub = new PubNub({{ subscribeKey: 'sub-c-{uuid.UUID(bytes=r.randbytes(16))}', userId: 'dana' }});\n",
    lambda r: "# key id only, the secret lives in the vault\nLIVEKIT_API_KEY=API" + random_text(r, B62, 12) + "\n",
    lambda r: "Using project [chess-live]\n  API Key:    API" + random_text(r, B62, 12) + "\n  API Secret: ******************4Hb2\n",
    lambda r: "POST /pusher/webhook\nX-Pusher-Key: " + r.randbytes(10).hex() + "\nX-Pusher-Signature: …\n",
    lambda r: "const client = new OtaClient('" + r.randbytes(12).hex()[:23] + "');  // distribution hash\n",
])
def test_an_id_beside_a_secret_or_a_value_every_client_holds_is_kept(make):
    kept(make(RNG))
