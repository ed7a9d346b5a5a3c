"""Hard negatives of the venue world: texts that look credential-ish but hold no secret.
20 classes x 2 base kinds x 5 presentations (plain + 4 wrappers)."""
import hashlib
import random
import struct

from common189 import (HEX, ALNUM, LOWER_ALNUM, UPPER_ALNUM, UPPER, DIGITS, B64STD, rs, rbytes, b64, b64url,
                       b64url_json, uuid4)

SEED = 18906

# ---------------------------------------------------------------- check-digit helpers (shared with checks)


def mrz_cd(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


def iswc_cd(nine):
    tot = 1 + sum((i + 1) * int(d) for i, d in enumerate(nine))
    return str((10 - tot % 10) % 10)


VER_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VER_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
         [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VER_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_cd(num):
    c = 0
    for i, d in enumerate(reversed(num)):
        c = VER_D[c][VER_P[(i + 1) % 8][int(d)]]
    return str(VER_INV[c])


def verhoeff_ok(num):
    c = 0
    for i, d in enumerate(reversed(num)):
        c = VER_D[c][VER_P[i % 8][int(d)]]
    return c == 0


DAMM = [[0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
        [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
        [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm_interim(num):
    i = 0
    for d in num:
        i = DAMM[i][int(d)]
    return i


def iban_numeric(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban):
    return iban_numeric(iban[4:] + iban[:4]) % 97 == 1


def make_iban(bank, sort, acct):
    bban = bank + sort + acct
    kk = 98 - iban_numeric(bban + "GB00") % 97
    return "GB%02d%s" % (kk, bban)


def ssh_ed25519_blob(key32):
    t = b"ssh-ed25519"
    return struct.pack(">I", len(t)) + t + struct.pack(">I", 32) + key32


# ---------------------------------------------------------------- base kinds
SURNAMES = ["OKAFOR", "NOWAK", "MARTIN", "SILVA", "KOWALSKI", "MURPHY", "HUSSAIN", "BERG", "ROSSI", "TANAKA"]
GIVEN = ["AMARA", "JONAS", "LEA", "TOMAS", "NIAMH", "PRIYA", "SVEN", "GIULIA", "KENJI", "ZOE"]


def _mrz(r):
    sur, giv = r.choice(SURNAMES), r.choice(GIVEN)
    nat = r.choice(["GBR", "IRL", "POL", "DEU", "ITA", "PRT", "NLD"])
    l1 = ("P<" + nat + sur + "<<" + giv).ljust(44, "<")
    doc = rs(r, UPPER_ALNUM, 9)
    dob = "%02d%02d%02d" % (r.randint(80, 99) if r.random() < 0.5 else r.randint(0, 7), r.randint(1, 12), r.randint(1, 28))
    exp = "%02d%02d%02d" % (r.randint(27, 35), r.randint(1, 12), r.randint(1, 28))
    pers = "<" * 14
    part = doc + mrz_cd(doc) + nat + dob + mrz_cd(dob) + r.choice("MF") + exp + mrz_cd(exp) + pers + mrz_cd(pers)
    comp = doc + mrz_cd(doc) + dob + mrz_cd(dob) + exp + mrz_cd(exp) + pers + mrz_cd(pers)
    return l1, part + mrz_cd(comp)


def k_mrz_log(r):
    l1, l2 = _mrz(r)
    yy = int(l2[13:15])
    age = 2026 - (1900 + yy if yy >= 80 else 2000 + yy)
    return ("2026-03-14T23:%02d:%02d door-scanner-%02d MRZ read ok age=%d decision=ADMIT\n%s\n%s\n"
            % (r.randint(0, 59), r.randint(0, 59), r.randint(1, 8), age, l1, l2))


def k_mrz_csv(r):
    rows = ["scan_id,scanner,doc_type,mrz_line2,decision"]
    for _ in range(3):
        rows.append("%s,door-%02d,P,%s,admit" % (uuid4(r), r.randint(1, 8), _mrz(r)[1]))
    return "\n".join(rows) + "\n"


def _isrc(r):
    return "%s%s%02d%05d" % (r.choice(["GB", "US", "DE", "SE", "NL"]), rs(r, UPPER_ALNUM, 3), r.randint(70, 99), r.randint(0, 99999))


def _iswc(r):
    nine = rs(r, DIGITS, 9)
    return "T-%s.%s.%s-%s" % (nine[:3], nine[3:6], nine[6:], iswc_cd(nine))


def k_song_csv(r):
    rows = ["song_id,title,artist,isrc,iswc,duration"]
    for i in range(3):
        rows.append("KS%05d,Track %d,Artist %s,%s,%s,3:%02d" % (r.randint(0, 99999), r.randint(1, 99), rs(r, UPPER, 1), _isrc(r), _iswc(r), r.randint(0, 59)))
    return "\n".join(rows) + "\n"


def k_cue_sheet(r):
    return ("Karaoke usage return - week %d\nRoom 3  %s  ISWC %s  plays: %d\nRoom 5  %s  ISWC %s  plays: %d\n"
            % (r.randint(1, 52), _isrc(r), _iswc(r), r.randint(1, 20), _isrc(r), _iswc(r), r.randint(1, 20)))


def _verhoeff_ref(r):
    n = rs(r, DIGITS, 9)
    return n + verhoeff_cd(n)


def k_booking_email(r):
    return ("Your table is booked!\nBooking reference: TB-%s\nTable: VIP %d (minimum spend £%d)\nArrive before 23:30 and show this reference at the door.\n"
            % (_verhoeff_ref(r), r.randint(1, 12), r.choice([300, 500, 800])))


def k_booking_csv(r):
    rows = ["booking_ref,guest,party_size,table,deposit"]
    for _ in range(3):
        rows.append("TB-%s,%s %s.,%d,VIP %d,%d.00" % (_verhoeff_ref(r), r.choice(GIVEN).title(), rs(r, UPPER, 1), r.randint(2, 10), r.randint(1, 12), r.randint(50, 300)))
    return "\n".join(rows) + "\n"


def _damm_code(r):
    n = rs(r, DIGITS, 11)
    return n + str(damm_interim(n))


def k_scan_log(r):
    return "\n".join("23:%02d:%02d gate-%d SCAN %s VALID" % (r.randint(0, 59), r.randint(0, 59), r.randint(1, 3), _damm_code(r)) for _ in range(3)) + "\n"


def k_ticket_manifest(r):
    rows = ["barcode,tier,price,status"]
    for _ in range(3):
        rows.append("%s,%s,%d.00,issued" % (_damm_code(r), r.choice(["early bird", "tier 2", "door"]), r.randint(8, 30)))
    return "\n".join(rows) + "\n"


def _nfc_uid(r):
    return "04" + ":".join([""] + [rs(r, "0123456789ABCDEF", 2) for _ in range(6)])


def k_topup_ledger(r):
    rows = ["txn_id,wristband_uid,kind,amount_eur,balance_eur"]
    for _ in range(3):
        rows.append("%s,%s,%s,%d.00,%d.50" % (uuid4(r), _nfc_uid(r), r.choice(["topup", "spend"]), r.randint(5, 50), r.randint(0, 80)))
    return "\n".join(rows) + "\n"


def k_nfc_debug(r):
    return ("[nfc] tag detected ATQA=0044 SAK=00 UID=%s\n[nfc] read block 4: %s\n[nfc] balance=%d.%02d EUR\n"
            % (_nfc_uid(r).replace(":", ""), rs(r, "0123456789ABCDEF", 32), r.randint(0, 90), r.randint(0, 99)))


def k_show_patch(r):
    return ("<Fixture ID=\"%d\" Name=\"Spot %d\" FixtureTypeId=\"%s\" Universe=\"%d\" Address=\"%d\" Mode=\"16ch\"/>\n"
            "<Fixture ID=\"%d\" Name=\"Wash %d\" FixtureTypeId=\"%s\" Universe=\"%d\" Address=\"%d\" Color=\"#%s\"/>\n"
            % (r.randint(1, 99), r.randint(1, 12), uuid4(r).upper(), r.randint(1, 4), r.randint(1, 497), r.randint(100, 199),
               r.randint(1, 12), uuid4(r).upper(), r.randint(1, 4), r.randint(1, 497), rs(r, "0123456789ABCDEF", 6)))


def k_fixture_json(r):
    return ("{\"gdtf\": \"%s\", \"manufacturer\": \"Generic\", \"channels\": %d, \"dmxStart\": %d, \"rdmUid\": \"%s:%s\"}\n"
            % (uuid4(r), r.choice([8, 12, 16, 24]), r.randint(1, 500), rs(r, "0123456789ABCDEF", 4), rs(r, "0123456789ABCDEF", 8)))


def k_laeq_csv(r):
    rows = ["timestamp,sensor,LAeq_1min,LCeq_1min,LAFmax"]
    for m in range(3):
        rows.append("2026-03-15T01:%02d:00Z,mic-%02d,%d.%d,%d.%d,%d.%d" % (m + r.randint(0, 50), r.randint(1, 4), r.randint(88, 99), r.randint(0, 9), r.randint(100, 110), r.randint(0, 9), r.randint(100, 106), r.randint(0, 9)))
    return "\n".join(rows) + "\n"


def k_licence_report(r):
    return ("Noise compliance summary (premises licence %s/%d)\nBoundary limit 65 dB LAeq,15min; highest reading %d.%d dB at 01:%02d.\nLogger serial SN%s, calibrated %s.\n"
            % (rs(r, UPPER, 2), r.randint(10000, 99999), r.randint(55, 64), r.randint(0, 9), r.randint(0, 59), rs(r, DIGITS, 8), "2026-01-%02d" % r.randint(1, 28)))


def k_nvr_manifest(r):
    lines = []
    for i in range(2):
        lines.append("%s  cam%02d_20260315_0%d%02d.mp4" % (hashlib.sha256(rbytes(r, 64)).hexdigest(), r.randint(1, 24), r.randint(0, 4), r.randint(0, 59)))
    return "# sha256 manifest, incident INC-2026-%04d\n%s\n" % (r.randint(1, 9999), "\n".join(lines))


def k_incident_form(r):
    return ("Incident INC-2026-%04d  ejection at main bar\nCamera: cam%02d (serial %s)\nClip hash (SHA-256): %s\nPolice ref: CAD %d-%02d/03\n"
            % (r.randint(1, 9999), r.randint(1, 24), rs(r, UPPER_ALNUM, 12), hashlib.sha256(rbytes(r, 64)).hexdigest(), r.randint(1000, 9999), r.randint(1, 28)))


def _iban(r):
    return make_iban(r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]), rs(r, DIGITS, 6), rs(r, DIGITS, 8))


def k_payout_rows(r):
    rows = ["promoter,event,net_payout,iban,invoice"]
    for _ in range(2):
        rows.append("%s Events,%s,%d.%02d,%s,INV-%d" % (r.choice(["Nightshift", "Lowend", "Deepcuts", "Afterglow"]), r.choice(["Fri Basement", "Sat Main Room"]), r.randint(500, 6000), r.randint(0, 99), _iban(r), r.randint(1000, 9999)))
    return "\n".join(rows) + "\n"


def k_remittance(r):
    return ("Remittance advice\nPaid to: %s Events\nIBAN: %s\nBIC: %sGB2L\nAmount: £%d.%02d\nRef: SETTLE-%d\n"
            % (r.choice(["Nightshift", "Lowend", "Deepcuts"]), _iban(r), rs(r, UPPER, 4), r.randint(500, 6000), r.randint(0, 99), r.randint(1000, 99999)))


def k_site_head(r):
    return ("<script>window.CLUB = {stripeKey: \"pk_live_51%s\", mapsKey: \"AIza%s\", spotifyClientId: \"%s\", pixelId: \"%d\"};</script>\n"
            "<!-- maps key restricted to https://club.example/* referrers; pk_live is publishable -->\n"
            % (rs(r, ALNUM, 97), rs(r, ALNUM + "-_", 35), rs(r, HEX, 32), r.randint(10 ** 14, 10 ** 15 - 1)))


def k_remote_config(r):
    return ("{\n  \"sentryDsn\": \"https://%s@o%d.ingest.sentry.io/%d\",\n  \"pusherKey\": \"%s\",\n  \"algoliaSearchOnlyKey\": \"%s\",\n  \"oneSignalAppId\": \"%s\",\n  \"mapboxPublicToken\": \"pk.%s.%s\"\n}\n"
            % (rs(r, HEX, 32), r.randint(100000, 999999), r.randint(1000000, 9999999), rs(r, HEX, 20), rs(r, HEX, 32), uuid4(r),
               b64url_json({"u": "clubmaps", "a": rs(r, LOWER_ALNUM, 25)}), rs(r, ALNUM, 22)))


def k_sdk_readme(r):
    return ("## Quick start\n\n```bash\nexport GUESTLIST_API_KEY=<your-api-key>\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n\nReplace `whsec_...` with the signing secret from your dashboard (step %d).\n"
            % r.randint(2, 5))


def k_env_template(r):
    return ("# copy to .env and fill in\nDOOR_API_TOKEN=\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nBOOKING_WEBHOOK_SECRET=whsec_REPLACE_ME\nKARAOKE_ADMIN_PASSWORD=${KARAOKE_ADMIN_PASSWORD:?set me}\nWRISTBAND_HMAC_KEY=%s\n"
            % ("0" * 64))


def k_crash_report(r):
    return ("Fatal: 401 from booking API\n  token=eyJ***redacted***\n  webhook_secret=whsec_••••••••%s\n  stripe_key=sk_live_…%s\n  db_password=[REDACTED 14 chars]\n"
            % (rs(r, HEX, 4), rs(r, ALNUM, 4)))


def k_ci_masked(r):
    return ("$ ./deploy.sh\nUsing DOOR_SERVICE_JWT=***\nUsing SENDGRID_API_KEY=SG.****\nUsing OBS_PASSWORD=********\nDeploy %s finished in %ds\n"
            % (rs(r, HEX, 7), r.randint(30, 300)))


def k_helm_refs(r):
    return ("env:\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: club-payments\n        key: stripe-secret-key\n"
            "  - name: DOOR_JWT_SIGNING\n    value: \"vault:secret/data/club/door#jwt_signing\"\n  - name: SENTRY_TOKEN\n    value: \"${{ secrets.SENTRY_TOKEN }}\"\n")


def k_ecs_secrets(r):
    return ("\"secrets\": [\n  {\"name\": \"BAR_TAB_DB_PASSWORD\", \"valueFrom\": \"arn:aws:secretsmanager:eu-west-2:%d:secret:club/bartab-%s\"},\n"
            "  {\"name\": \"KARAOKE_API\", \"valueFrom\": \"arn:aws:ssm:eu-west-2:%d:parameter/club/karaoke/api\"}\n]\n"
            % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, ALNUM, 6), r.randint(10 ** 11, 10 ** 12 - 1)))


def _sops(r, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))


def k_sops_yaml(r):
    return ("door_api_token: %s\nbar_tab_db_password: %s\nsops:\n    lastmodified: \"2026-03-01T12:00:00Z\"\n    version: 3.9.4\n"
            % (_sops(r, 40), _sops(r, 18)))


def k_transit_rows(r):
    rows = ["guest_id,phone_ciphertext"]
    for _ in range(3):
        rows.append("%s,vault:v1:%s" % (uuid4(r), b64(rbytes(r, 40))))
    return "\n".join(rows) + "\n"


def k_django_dump(r):
    rows = []
    for i in range(2):
        rows.append("(%d, 'pbkdf2_sha256$870000$%s$%s', '%s.%s')" % (r.randint(1, 99), rs(r, ALNUM, 22), b64(rbytes(r, 32)), r.choice(GIVEN).lower(), r.choice(SURNAMES).lower()))
    return "INSERT INTO auth_user (id, password, username) VALUES\n" + ",\n".join(rows) + ";\n"


def k_shadow(r):
    return "\n".join("%s:$6$%s$%s:20%d:0:99999:7:::" % (u, rs(r, ALNUM + "./", 16), rs(r, ALNUM + "./", 86), r.randint(100, 599)) for u in ["lxadmin", "doorkiosk"]) + "\n"


def k_briefing(r):
    return ("Door team briefing, Friday\n- Tablets lock after %d minutes; sign back in with your own login, never a shared one.\n"
            "- Nobody from IT will ask for your password on the radio or by text.\n- If a password is written on a sticky note, bin it and tell the duty manager.\n" % r.randint(2, 10))


def k_handbook(r):
    return ("Staff handbook - IT section %d.%d\nPasswords for the bar POS and the karaoke admin panel are personal and at least 14 characters long.\n"
            "They are reset every quarter through the self-service portal; the password field is never shown in reports.\n" % (r.randint(3, 9), r.randint(1, 9)))


def _ed25519_line(r, comment):
    blob = ssh_ed25519_blob(rbytes(r, 32))
    return "ssh-ed25519 " + b64(blob) + " " + comment, blob


def k_authorized_keys(r):
    a, _ = _ed25519_line(r, "kai@booth-laptop")
    b, _ = _ed25519_line(r, "mia@ops-mac")
    return "# /home/booth/.ssh/authorized_keys\n%s\n%s\n" % (a, b)


def k_fingerprints(r):
    line, blob = _ed25519_line(r, "")
    fp = "SHA256:" + b64(hashlib.sha256(blob).digest()).rstrip("=")
    return ("$ ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\n256 %s root@lx-console (ED25519)\n$ cat /etc/ssh/ssh_host_ed25519_key.pub\n%sroot@lx-console\n"
            % (fp, line))


def k_lockfile(r):
    out = []
    for pkg in ["node_modules/obs-websocket-js", "node_modules/qrcode"]:
        out.append("    \"%s\": {\n      \"version\": \"%d.%d.%d\",\n      \"integrity\": \"sha512-%s\"\n    }" % (pkg, r.randint(1, 9), r.randint(0, 20), r.randint(0, 20), b64(hashlib.sha512(rbytes(r, 64)).digest())))
    return "{\n  \"packages\": {\n" + ",\n".join(out) + "\n  }\n}\n"


def k_git_log(r):
    return "\n".join("%s %s" % (hashlib.sha1(rbytes(r, 40)).hexdigest(), m) for m in ["fix scanner retry", "bump karaoke timer", "add settlement export"]) + "\n"


def _imei(r):
    body = rs(r, DIGITS, 14)
    tot = 0
    for i, d in enumerate(reversed(body)):
        x = int(d)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return body + str((10 - tot % 10) % 10)


def k_fleet_csv(r):
    rows = ["device_id,serial,imei,firmware"]
    for _ in range(3):
        rows.append("%s,DS-%s,%s,4.%d.%d" % (uuid4(r), rs(r, UPPER_ALNUM, 10), _imei(r), r.randint(0, 9), r.randint(0, 30)))
    return "\n".join(rows) + "\n"


def k_access_log(r):
    return "\n".join('10.20.4.%d - - [15/Mar/2026:00:%02d:%02d +0000] "POST /v2/checkins HTTP/1.1" 201 84 "-" "DoorScanner/4.%d" req_id=%s' % (r.randint(2, 250), r.randint(0, 59), r.randint(0, 59), r.randint(0, 9), uuid4(r)) for _ in range(3)) + "\n"


def _rsa_n(r):
    b = bytearray(rbytes(r, 256))
    b[0] |= 0x80
    b[-1] |= 1
    return b64url(bytes(b))


def k_jwks(r):
    return ("{\"keys\": [{\"kty\": \"RSA\", \"use\": \"sig\", \"alg\": \"RS256\", \"kid\": \"%s\", \"e\": \"AQAB\", \"n\": \"%s\"}]}\n"
            % (rs(r, HEX, 16), _rsa_n(r)))


def k_openid(r):
    return ("{\n  \"issuer\": \"https://auth.club.example\",\n  \"jwks_uri\": \"https://auth.club.example/.well-known/jwks.json\",\n  \"id_token_signing_alg_values_supported\": [\"RS256\"],\n  \"x5t#S256\": \"%s\"\n}\n"
            % b64url(hashlib.sha256(rbytes(r, 64)).digest()))


CLASSES = [
    ("passport_mrz_lines_from_door_id_scans", [("door_scanner_mrz_capture_log", k_mrz_log), ("id_scan_audit_csv", k_mrz_csv)],
     "ICAO 9303 TD3 passport MRZ lines (synthetic names) with real 7-3-1 check digits and composite check; personal data, not credentials"),
    ("karaoke_catalogue_isrc_and_iswc_codes", [("karaoke_song_catalogue_csv", k_song_csv), ("karaoke_usage_return_report", k_cue_sheet)],
     "ISRC recording codes and ISWC work codes with a real ISWC check digit"),
    ("table_booking_refs_with_verhoeff_digit", [("table_booking_confirmation_email", k_booking_email), ("table_booking_export_csv", k_booking_csv)],
     "table-booking references whose last digit is a real Verhoeff check digit"),
    ("door_ticket_barcodes_with_damm_digit", [("door_gate_scan_log", k_scan_log), ("ticket_batch_manifest_csv", k_ticket_manifest)],
     "12-digit ticket barcodes whose last digit is a real Damm check digit"),
    ("wristband_nfc_uids_and_balances", [("cashless_topup_ledger_csv", k_topup_ledger), ("nfc_reader_debug_log", k_nfc_debug)],
     "7-byte NFC wristband UIDs, block dumps, balances, transaction UUIDv4s"),
    ("lighting_show_fixture_patch_data", [("show_file_patch_xml", k_show_patch), ("fixture_library_json", k_fixture_json)],
     "fixture type UUIDv4s (GDTF-style), DMX universes and addresses, RDM UIDs, colours"),
    ("noise_logger_laeq_exports", [("laeq_minute_export_csv", k_laeq_csv), ("licence_compliance_summary", k_licence_report)],
     "LAeq / LCeq / LAFmax readings, licence numbers, logger serials"),
    ("cctv_clip_sha256_and_incident_refs", [("nvr_export_sha256_manifest", k_nvr_manifest), ("incident_report_form_text", k_incident_form)],
     "real SHA-256 digests of random bytes for exported clips, incident and police references, camera serials"),
    ("promoter_payout_ibans_and_invoice_refs", [("settlement_payout_rows_csv", k_payout_rows), ("remittance_advice_text", k_remittance)],
     "GB IBANs with real ISO 7064 mod-97 check digits, BICs, invoice and settlement references"),
    ("club_website_public_client_identifiers", [("club_site_html_head_script", k_site_head), ("door_app_remote_config_json", k_remote_config)],
     "Stripe `pk_live_`, referrer-restricted Maps key, Spotify client id, Meta pixel id, Sentry DSN, Pusher app key, Algolia search-only key, OneSignal app id, Mapbox `pk.` token"),
    ("doc_example_tokens_in_venue_sdk_readmes", [("vendor_sdk_quickstart_markdown", k_sdk_readme), ("env_template_for_door_app", k_env_template)],
     "`<your-api-key>`, the AWS documentation example key pair, `whsec_...`, `sk_live_xxxx…`, `REPLACE_ME`, empty values, `${…:?…}`, an all-zero 64-hex key"),
    ("redacted_values_in_door_app_logs", [("door_app_crash_report", k_crash_report), ("ci_deploy_log_with_masking", k_ci_masked)],
     "bullets and ellipses with short tails after real prefixes, `***`, `[REDACTED n chars]`, `SG.****`"),
    ("vault_and_secrets_manager_references", [("helm_values_env_refs", k_helm_refs), ("ecs_task_definition_secrets", k_ecs_secrets)],
     "`secretKeyRef`, `vault:secret/data/…#key` paths, `${{ secrets.… }}`, Secrets Manager and SSM ARNs"),
    ("sops_and_vault_transit_ciphertext", [("sops_encrypted_values_yaml", k_sops_yaml), ("vault_transit_ciphertext_rows", k_transit_rows)],
     "SOPS `ENC[AES256_GCM,…]` values and Vault transit `vault:v1:` ciphertext (random bytes in frame)"),
    ("django_pbkdf2_and_sha512crypt_staff_hashes", [("django_auth_user_sql_dump", k_django_dump), ("linux_shadow_excerpt", k_shadow)],
     "Django `pbkdf2_sha256$…` and `$6$` SHA-512-crypt strings (random in frame; one-way, column named `password`)"),
    ("door_team_security_briefing_prose", [("door_team_briefing_notes", k_briefing), ("staff_handbook_it_page", k_handbook)],
     "briefing and handbook text about passwords with no password in it"),
    ("ssh_public_keys_and_host_fingerprints", [("booth_pc_authorized_keys", k_authorized_keys), ("ssh_keygen_fingerprint_output", k_fingerprints)],
     "`ssh-ed25519` public keys (real wire-format blob) and their real `SHA256:` fingerprints"),
    ("lockfile_integrity_and_commit_hashes", [("package_lock_integrity_excerpt", k_lockfile), ("git_log_oneline_output", k_git_log)],
     "npm `sha512-` integrity values (real SHA-512 of random bytes, Base64) and git commit SHA-1s"),
    ("door_scanner_device_and_request_ids", [("scanner_fleet_inventory_csv", k_fleet_csv), ("checkin_api_access_log", k_access_log)],
     "device UUIDv4s, serials, IMEIs with a real Luhn digit, request ids"),
    ("jwks_public_signing_keys", [("door_api_jwks_json", k_jwks), ("openid_configuration_excerpt", k_openid)],
     "JWKS RSA public keys (`n` = base64url of 256 random bytes, `e` = AQAB) and thumbprints"),
]

WRAPPERS = [
    ("", None),
    ("__in_door_team_slack_thread", lambda b, r: "#door-tech thread\nMo: can someone sanity-check this before I file it?\n```\n%s```\nAsh: looks normal to me" % b),
    ("__in_promoter_email_chain", lambda b, r: "From: settlements@club.example\nSubject: Fwd: figures for week %d\n\nSee below.\n\n%s\nThanks,\nVenue office\n" % (r.randint(1, 52), b)),
    ("__in_venue_ops_github_issue", lambda b, r: "### What happened\nThe nightly job printed this:\n\n```\n%s```\n\n### Expected\nNo warning.\n" % b),
    ("__in_bar_pos_support_ticket", lambda b, r: "Ticket #%d - question from venue\nCustomer wrote:\n%s\nAgent note: informational only.\n" % (r.randint(10000, 99999), b)),
]


def generate(reg):
    r = random.Random(SEED)
    recs = []
    n = 1
    for cls, kinds, _desc in CLASSES:
        for kname, fn in kinds:
            for wname, wrap in WRAPPERS:
                for _ in range(100):
                    base = fn(r)
                    text = base if wrap is None else wrap(base, r)
                    if reg.contains_any(text) is None:
                        break
                else:
                    raise RuntimeError("negative keeps hitting a registered value")
                recs.append({"id": "p189-n-%04d" % n, "class": cls, "container": kname + wname,
                             "text": text, "source": "negative"})
                n += 1
    return recs
