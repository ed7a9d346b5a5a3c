"""Categories read after the hundred-and-twenty-eighth and hundred-and-thirtieth corpora (water and wastewater
utilities; field-service and home-trades software) (issue 12, part 70).

- Found: a name ending in "key" given a password made as people make them (ROUTE_SYNC_KEY=manhole.2et40,
  BridgeKey=…, a CODESYS STRING constant), a CSV whose header is a comment, a "cached key" in a log; a
  password by its place — a chat(8) script's "ogin: u ssword: pw", Qualcomm's AT$QCPDPP (password first),
  EMQX's users add, node-red admin hash-pw, arcpy's CreateDatabaseConnection, OPC UA's UserIdentity, a
  device's login.cgi?u=…&p=…, mosquitto_ctrl's createClient -p, sshfs's password_stdin here-string,
  Odoo's execute_kw, "used <pw> to get in".
- Kept: names ending in "key" that hold no secret (a hotkey, a sort or primary key), a contractor's
  licence number in a directory, a cache key, "used … to get in sync".

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text

RNG = random.Random(2026_128)


def short_password() -> str:
    """A word, a joiner, three letters and two digits (``manhole.kzt40``): shorter than any random key."""
    return RNG.choice(WORDS) + RNG.choice("._-") + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 3) + random_text(RNG, "0123456789", 2)


@pytest.mark.parametrize("template", [
    "; Geo SCADA outstation bridge\n[Bridge]\nNode=scx-main\nBridgeKey={pw}\nRetry=30\n",
    "VAR_GLOBAL CONSTANT\n    sCloudHost : STRING := 'telemetry.example.org';\n    sCloudKey  : STRING := '{pw}';\nEND_VAR\n",
    "ROUTE_SYNC_URL=https://reads.example.org/sync\nROUTE_SYNC_KEY={pw}\nHANDHELD=HH-17\n",
    "#logger_fleet,region,uplink_secret\nfleet-north,North Zone,{pw}\n",
    "ABORT BUSY '' ATZ OK ATDT*99# CONNECT '' ogin: wqadmin ssword: {pw}\n",
    'AT$QCPDPP=1,1,"{pw}","billing_svc"\r\nOK\n',
    "emqx ctl users add scada_ops {pw}\n",
    "echo '{pw}' | node-red admin hash-pw\n",
    "arcpy.management.CreateDatabaseConnection(r'C:\\gis', 'assets.sde', 'SQL_SERVER', 'rtu-17.internal', 'DATABASE_AUTH', "
    "'rtu_maint', '{pw}')\n",
    'var identity = new UserIdentity("hist_reader", "{pw}");\n',
    "GET /cgi-bin/login.cgi?u=cmms_int&p={pw} HTTP/1.1\r\nHost: 192.0.2.44\r\n",
    "SHIFT HANDOVER 06:00 - Reset RTU at Booster 5, used {pw} to get in. Please rotate.\n",
    "mosquitto_ctrl -u admin -P $ADMIN_PW dynsec createClient installer7 -p {pw}\n",
    "sshfs jdeacon@198.51.100.23:/jobs /mnt/jobs -o password_stdin <<< '{pw}'\n",
    "models.execute_kw('fieldsvc', uid, '{pw}', 'project.task', 'search', [[]])\n",
])
def test_a_password_given_by_its_place_or_a_key_s_name_is_found(template):
    pw = short_password()
    gone(template.format(pw=pw), pw)


def test_a_cached_key_in_a_log_is_found():
    value = random_text(RNG, B62, 40)
    gone(f"[ 4411.207] telemetry: auth failed, retrying with cached key {value}\n[ 4411.209] telemetry: link up\n", value)


@pytest.mark.parametrize("text", [
    "HOTKEY=Ctrl-Shift-F12\n",
    "SORT_KEY=Created-At2024\nPRIMARY_KEY=Customer-ID2024\n",
    "contractor,state,license\nAcme Heating,TX,TACLA89073C\nBright Sparks,CA,177346\n",
    "the cache key user-profile-20240611 expired\n",
    "we used checkout-v2 to get in sync with the warehouse\n",
])
def test_names_and_numbers_that_hold_no_secret_are_kept(text):
    kept(text)
