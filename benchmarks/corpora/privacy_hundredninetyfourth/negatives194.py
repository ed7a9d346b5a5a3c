"""Hard negatives of the diving world: no secret in any of these texts."""
import base64
import hashlib
import json
import random

from common194 import (ALNUM, B64URL, DIGITS, HEX, LALNUM, UALNUM, UPPER, b64, b64url, nmea_checksum,
                       rbytes, rs, uuid4)

SEED = 19406

FIRST = ["Ana", "Leo", "Mia", "Raj", "Dara", "Tomás", "Yuki", "Priya", "Sven", "Nia", "Kofi", "Lina"]
LAST = ["Reyes", "Wong", "Kato", "Okafor", "Nilsen", "Silva", "Haddad", "Moreau", "Singh", "Bauer"]


def _name(r):
    return r.choice(FIRST) + " " + r.choice(LAST)


# ---------------------------------------------------------------- check-digit helpers (also used by checks)
DAMM = [[0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
        [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
        [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm_digit(digits):
    i = 0
    for d in digits:
        i = DAMM[i][int(d)]
    return str(i)


def imo_check(six):
    return str(sum(int(d) * w for d, w in zip(six, [7, 6, 5, 4, 3, 2])) % 10)


def iban_make(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return country + "%02d" % (98 - int(num) % 97) + bban


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


# ---------------------------------------------------------------- base kinds
def k_ccard_json(r):
    recs = []
    for _ in range(2):
        recs.append({"agency": r.choice(["PADI", "SSI", "NAUI", "SDI"]),
                     "diver_number": rs(r, DIGITS, 2) + r.choice(["01", "04", "07", "11"]) + r.choice(["US", "ID", "TH", "AU", "EG"]) + rs(r, DIGITS, 4),
                     "name": _name(r), "level": r.choice(["Open Water", "Advanced Open Water", "Rescue", "Enriched Air"]),
                     "issued": "20%02d-%02d-%02d" % (r.randrange(12, 26), r.randrange(1, 13), r.randrange(1, 29)),
                     "verified": True})
    return "GET /api/ccard/lookup?last=" + recs[0]["name"].split()[1] + " -> 200\n" + json.dumps({"results": recs}, ensure_ascii=False, indent=2)


def k_roster_csv(r):
    rows = ["course_id,student,agency,cert_no,ew_complete"]
    cid = "OW-" + rs(r, DIGITS, 4)
    for _ in range(4):
        rows.append("%s,%s,%s,%s,%s" % (cid, _name(r), r.choice(["PADI", "SSI"]), rs(r, DIGITS, 4) + rs(r, UPPER, 2) + rs(r, DIGITS, 4), r.choice(["yes", "no"])))
    return "\n".join(rows)


def k_hydro_csv(r):
    rows = ["serial,spec,service_pressure,last_hydro,last_vip,status"]
    for _ in range(4):
        rows.append("%s-%s,DOT-3AL3000,207 bar,%02d/%02d,%s 2026,%s" % (
            r.choice(["AL80", "ST12", "AL63", "ST15"]), rs(r, DIGITS, 5), r.randrange(1, 13), r.randrange(21, 26),
            r.choice(["Jan", "Feb", "Mar", "Apr"]), r.choice(["in service", "due hydro", "condemned"])))
    return "\n".join(rows)


def k_vip_ocr(r):
    return ("VISUAL CYLINDER INSPECTION\nCylinder S/N: %s\nManufacturer: %s\nHydro stamp: %02d ✚ %02d\nInspector PSI-PCI #%s\nO2 clean: %s\nNext due: %s 2027" % (
        rs(r, UALNUM, 3) + "-" + rs(r, DIGITS, 6), r.choice(["Luxfer", "Catalina", "Faber"]), r.randrange(1, 13),
        r.randrange(20, 26), rs(r, DIGITS, 5), r.choice(["YES", "NO"]), r.choice(["MAR", "JUN", "OCT"])))


def k_fill_rows(r):
    rows = ["date,cyl,o2_pct,mod_m,start_bar,end_bar,analysed_by,diver_sig"]
    for _ in range(4):
        o2 = r.choice([28, 30, 32, 34, 36])
        rows.append("2026-03-%02d,%s,%.1f,%d,%d,%d,%s,%s" % (
            r.randrange(1, 29), rs(r, DIGITS, 5), o2 + r.random() * 0.6 - 0.3, int(14 / (o2 / 100) - 10),
            r.randrange(20, 60), r.randrange(195, 232), r.choice(["DW", "LR", "MK"]), r.choice(["ok", "signed"])))
    return "\n".join(rows)


def k_analyser_log(r):
    lines = []
    for i in range(5):
        lines.append("[06:%02d:%02d] OXY-%s cell_mv=%.2f o2=%.1f%% temp=%.1fC cyl=%s" % (
            10 + i, r.randrange(60), rs(r, DIGITS, 4), 9 + r.random() * 3, 28 + r.random() * 8,
            26 + r.random() * 3, rs(r, DIGITS, 5)))
    return "\n".join(lines)


def k_dctool_log(r):
    fp = rs(r, HEX, 8)
    return ("$ dctool -f 'Shearwater Perdix 2' download -o dives.xml /dev/ttyUSB0\nINFO: model=0x%s serial=%s firmware=v%d.%d.%d\nINFO: fingerprint=%s\nINFO: %d dives downloaded, last dive sha256=%s" % (
        rs(r, HEX, 4), rs(r, UALNUM, 8), r.randrange(60, 99), r.randrange(10), r.randrange(10), fp,
        r.randrange(3, 40), hashlib.sha256(rbytes(r, 64)).hexdigest()))


def k_fw_manifest(r):
    d = {"model": r.choice(["Teric", "Descent Mk3", "Petrel 3", "Eon Steel"]), "version": "%d.%d.%d" % (r.randrange(1, 9), r.randrange(20), r.randrange(40)),
         "file": "fw_" + rs(r, LALNUM, 6) + ".bin", "size": r.randrange(300000, 900000),
         "sha256": hashlib.sha256(rbytes(r, 80)).hexdigest(), "md5": hashlib.md5(rbytes(r, 80)).hexdigest(),
         "build_id": rs(r, HEX, 40)}
    return json.dumps(d, indent=2)


def _imo(r):
    six = str(r.randrange(900000, 999999))
    return "IMO " + six + imo_check(six)


def k_registry_extract(r):
    return ("Vessel: %s\nFlag: Indonesia\nMMSI: 525%s\n%s\nCall sign: %s\nGross tonnage: %d\nPort of registry: Benoa" % (
        r.choice(["MV Blue Manta", "KM Reef Runner", "MV Coral Queen"]), rs(r, DIGITS, 6), _imo(r), "YB" + rs(r, UALNUM, 3),
        r.randrange(40, 300)))


def k_ais_json(r):
    d = {"mmsi": int("525" + rs(r, DIGITS, 6)), "imo": _imo(r)[4:], "callsign": "YB" + rs(r, UALNUM, 3),
         "shipname": r.choice(["BLUE MANTA", "REEF RUNNER", "CORAL QUEEN"]), "shiptype": 37,
         "to_bow": r.randrange(10, 30), "to_stern": r.randrange(5, 10), "destination": "PADANG BAI"}
    return json.dumps(d, indent=2)


def _nmea_line(r):
    kind = r.choice(["GPRMC", "GPGGA", "SDDBT", "WIMWV", "GPVTG"])
    if kind == "GPRMC":
        body = "GPRMC,%02d%02d%02d.00,A,08%02d.%03d,S,115%02d.%03d,E,%.1f,%.1f,020326,,,A" % (
            r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(60), r.randrange(1000),
            r.randrange(60), r.randrange(1000), r.random() * 12, r.random() * 360)
    elif kind == "GPGGA":
        body = "GPGGA,%02d%02d%02d.00,08%02d.%03d,S,115%02d.%03d,E,1,%02d,0.9,%.1f,M,%.1f,M,," % (
            r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(60), r.randrange(1000),
            r.randrange(60), r.randrange(1000), r.randrange(4, 12), r.random() * 5, r.random() * 20)
    elif kind == "SDDBT":
        m = r.random() * 40
        body = "SDDBT,%.1f,f,%.1f,M,%.1f,F" % (m * 3.28084, m, m * 0.5468)
    elif kind == "WIMWV":
        body = "WIMWV,%.1f,R,%.1f,N,A" % (r.random() * 360, r.random() * 25)
    else:
        body = "GPVTG,%.1f,T,,M,%.1f,N,%.1f,K,A" % (r.random() * 360, r.random() * 10, r.random() * 18)
    return "$" + body + "*" + nmea_checksum(body)


def k_nmea_log(r):
    return "\n".join(_nmea_line(r) for _ in range(5))


def k_gps_capture(r):
    return "# udp 10.20.0.41:10110 -> signalk\n" + "\n".join(
        "%d.%03d %s" % (1767312000 + i * 2, r.randrange(1000), _nmea_line(r)) for i in range(4))


def _booking_ref(r):
    d = rs(r, DIGITS, 6)
    return "BRD-" + d + damm_digit(d)


def k_trip_sms(r):
    return ("Blue Reef Divers: your trip %s to %s on %02d Mar is confirmed. Boat leaves 07:45 from Jetty 2. Ref %s. Reply STOP to opt out." % (
        _booking_ref(r), r.choice(["Manta Point", "Crystal Bay", "USAT Liberty wreck"]), r.randrange(1, 29), _booking_ref(r)))


def k_manifest_csv(r):
    rows = ["booking_ref,pax,boat,site,nitrox"]
    for _ in range(4):
        rows.append("%s,%s,mv-blue-manta,%s,%s" % (_booking_ref(r), _name(r), r.choice(["Manta Point", "Gili Lawa", "Batu Bolong"]), r.choice(["EAN32", "air"])))
    return "\n".join(rows)


def _iban(r):
    c = r.choice(["DE", "NL", "GB", "FR"])
    if c == "DE":
        bban = rs(r, DIGITS, 18)
    elif c == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO"]) + rs(r, DIGITS, 10)
    elif c == "GB":
        bban = r.choice(["NWBK", "BARC", "MIDL"]) + rs(r, DIGITS, 14)
    else:
        bban = rs(r, DIGITS, 10) + rs(r, UALNUM, 11) + rs(r, DIGITS, 2)
    return iban_make(c, bban)


def k_deposit_invoice(r):
    return ("INVOICE %s — Liveaboard deposit (30%%)\nAmount due: EUR %d.00\nPay to: Blue Reef Divers Ltd\nIBAN: %s\nBIC: %s\nReference: %s" % (
        "INV-" + rs(r, DIGITS, 6), r.randrange(400, 2500), _iban(r), rs(r, UPPER, 6) + rs(r, UALNUM, 2), _booking_ref(r)))


def k_supplier_csv(r):
    rows = ["supplier,iban,amount,memo"]
    for s in ["Compressor Parts GmbH", "Reef Boats BV", "Tank Test Ltd"]:
        rows.append("%s,%s,%d.%02d,%s" % (s, _iban(r), r.randrange(100, 5000), r.randrange(100), "PO-" + rs(r, DIGITS, 5)))
    return "\n".join(rows)


def _mapbox_pk(r):
    body = {"u": "brdiv", "a": "c" + rs(r, LALNUM, 24)}
    return "pk." + b64url(json.dumps(body, separators=(",", ":")).encode()) + "." + rs(r, B64URL, 22)


def _anon_jwt(r):
    import hmac as _h
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    iat = 1767225600 + r.randrange(9000000)
    p = b64url(json.dumps({"iss": "supabase", "ref": rs(r, LALNUM, 20), "role": "anon", "iat": iat, "exp": iat + 315360000}, separators=(",", ":")).encode())
    sig = _h.new(rbytes(r, 32), (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url(sig)


def k_widget_script(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n  window.BOOKING = { algoliaAppId: "%s", algoliaSearchKey: "%s", recaptchaSiteKey: "6L%s" };\n</script>' % (
        rs(r, ALNUM, 97), rs(r, UALNUM, 10), rs(r, HEX, 32), rs(r, B64URL, 38)))


def k_logbook_public_cfg(r):
    d = {"mapboxToken": _mapbox_pk(r), "supabaseUrl": "https://" + rs(r, LALNUM, 20) + ".supabase.co",
         "supabaseAnonKey": _anon_jwt(r), "posthogKey": "phc_" + rs(r, ALNUM, 43),
         "sentryDsn": "https://" + rs(r, HEX, 32) + "@o" + rs(r, DIGITS, 6) + ".ingest.sentry.io/" + rs(r, DIGITS, 7)}
    return json.dumps(d, indent=2)


def k_quickstart_md(r):
    return ("## Quickstart\n\n1. Create a token in **Settings → API** and export it:\n\n```bash\nexport LOGBOOK_SYNC_TOKEN=dlog_<your-32-char-token>_<crc>\nexport WEATHER_WEBHOOK_SECRET=whsec_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n```\n\n2. Never commit real values. The sample `LTI_CONSUMER_SECRET=<from-your-LMS>` only shows the format.\n")


def k_env_example(r):
    return ("# .env.example -- copy to .env and fill in\nTRIP_BOOKING_ADMIN_PASSWORD=\nFILL_LOG_DB_PASSWORD=CHANGE_ME\nDC_UPLOAD_HMAC_KEY=0000000000000000000000000000000000000000000000000000000000000000\nWAIVER_FERNET_KEY=${WAIVER_FERNET_KEY:?set in the vault}\nGPS_FEED_JWT=<paste the JWT from the GPS console>\n")


def k_sync_log_redacted(r):
    return ("2026-03-02T06:1%d:0%dZ INFO sync start shop=bluereef\n2026-03-02T06:1%d:0%dZ DEBUG auth header=Bearer ******** token=dlog_****%s\n2026-03-02T06:1%d:1%dZ DEBUG db url=postgres://fills:[REDACTED]@10.20.0.15/fills\n2026-03-02T06:1%d:2%dZ INFO weather webhook secret=whsec_•••••••%s" % (
        r.randrange(10), r.randrange(10), r.randrange(10), r.randrange(10), rs(r, ALNUM, 4), r.randrange(10),
        r.randrange(10), r.randrange(10), r.randrange(10), rs(r, ALNUM, 4)))


def k_ci_masked(r):
    return ("Run ./deploy.sh\n  env:\n    MANIFEST_DB_LOGIN: ***\n    GPS_FEED_JWT: ***\n+ curl -H 'Authorization: Bearer ***' https://api.divelog.example/v2/ping\n{\"ok\":true,\"build\":\"%s\"}" % rs(r, HEX, 12))


def k_ssm_refs(r):
    return ("# serverless.yml excerpt\nprovider:\n  environment:\n    FILL_DB_LOGIN: ${ssm:/diveops/fill/db-login}\n    LTI_SECRET: ${ssm:/diveops/lms/lti-secret}\n    WAIVER_KEY: arn:aws:secretsmanager:ap-southeast-1:%s:secret:waiver-fernet-%s\n" % (rs(r, DIGITS, 12), rs(r, ALNUM, 6)))


def k_vault_template(r):
    return ('{{ with secret "secret/data/diveops/manifest" }}\nMANIFEST_DB_LOGIN={{ .Data.data.login }}\n{{ end }}\n# also: op://Dive Ops/Deck tablet/credential and vault:secret/data/diveops/gps#jwt')


def k_django_fixture(r):
    rows = []
    for _ in range(2):
        salt = rs(r, ALNUM, 22)
        rows.append({"model": "auth.user", "pk": r.randrange(2, 90), "fields": {
            "username": r.choice(["ana", "leo", "mia", "raj", "dara"]) + rs(r, DIGITS, 2),
            "password": "pbkdf2_sha256$870000$" + salt + "$" + b64(rbytes(r, 32)), "is_staff": True}})
    return json.dumps(rows, indent=2)


def k_shadow(r):
    alpha = "./" + DIGITS + UPPER + UPPER.lower()
    return "\n".join("%s:$6$%s$%s:%d:0:99999:7:::" % (u, rs(r, alpha, 16), rs(r, alpha, 86), r.randrange(19000, 20500))
                     for u in ["root", "diveops", "fillstn"])


def _fernet_token(r):
    ts = (1767225600 + r.randrange(9000000)).to_bytes(8, "big")
    raw = b"\x80" + ts + rbytes(r, 16) + rbytes(r, 16 * r.randrange(2, 5)) + rbytes(r, 32)
    return base64.urlsafe_b64encode(raw).decode()


def _jwe(r):
    h = b64url(json.dumps({"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": rs(r, LALNUM, 8)}, separators=(",", ":")).encode())
    return ".".join([h, b64url(rbytes(r, 256)), b64url(rbytes(r, 12)), b64url(rbytes(r, r.randrange(40, 90))), b64url(rbytes(r, 16))])


def k_waiver_store(r):
    rows = ["waiver_id,signed_at,signature_blob"]
    for _ in range(2):
        rows.append("%s,2026-03-%02dT0%d:%02d:00Z,%s" % (uuid4(r), r.randrange(1, 29), r.randrange(6, 9), r.randrange(60), _fernet_token(r)))
    return "\n".join(rows)


def k_cookie_dump(r):
    return "DEBUG session cookie (encrypted, JWE): __Host-dive_session=" + _jwe(r)


def _coord(r):
    return -8.0 - r.random() * 0.8, 115.2 + r.random() * 0.8


def k_gpx(r):
    pts = []
    for s in ["Manta Point", "Crystal Bay", "Toyapakeh"]:
        la, lo = _coord(r)
        pts.append('  <wpt lat="%.6f" lon="%.6f"><name>%s</name><desc>max %dm, drift</desc></wpt>' % (la, lo, s, r.randrange(12, 40)))
    return '<?xml version="1.0"?>\n<gpx version="1.1" creator="divesites">\n' + "\n".join(pts) + "\n</gpx>"


def k_site_json(r):
    la, lo = _coord(r)
    return json.dumps({"site_id": uuid4(r), "name": r.choice(["Blue Corner", "Gili Lawa Darat", "Batu Bolong"]),
                       "lat": round(la, 6), "lon": round(lo, 6), "mooring_buoy": "MB-" + rs(r, DIGITS, 3),
                       "what3words": "///" + ".".join(r.choice(["reef", "calm", "boat", "sand", "blue", "fish", "lamp", "kite"]) for _ in range(3))}, indent=2)


def k_waiver_audit(r):
    return ("Waiver audit trail\nEnvelope: %s\nSigner: %s\nIP: 10.20.0.%d\nDocument SHA-256: %s\nSignature image SHA-256: %s\nCompleted: 2026-03-%02d 07:%02d" % (
        uuid4(r), _name(r), r.randrange(2, 250), hashlib.sha256(rbytes(r, 50)).hexdigest(), hashlib.sha256(rbytes(r, 50)).hexdigest(),
        r.randrange(1, 29), r.randrange(60)))


def k_envelope_json(r):
    return json.dumps({"envelopeId": uuid4(r), "status": "completed", "templateId": uuid4(r),
                       "recipients": {"signers": [{"recipientId": "1", "name": _name(r), "routingOrder": "1"}]},
                       "certificateSha256": hashlib.sha256(rbytes(r, 40)).hexdigest()}, indent=2)


PROSE_A = ["Never write the boat tablet password on the briefing board; use the password manager.",
           "Passwords for the fill station must be at least 14 characters and changed when a fill operator leaves.",
           "If a guest asks for the Wi-Fi or kiosk password, send them to the front desk — staff do not share it by chat.",
           "Reset codes are sent by SMS only to the shop manager's phone.",
           "Rental POS manager logins are personal; do not share them even on busy mornings."]
PROSE_B = ["Item 4: Raj asked whether we can keep the manifest console password on a sticky note. Agreed: no.",
           "Item 5: Mia will rotate all integration keys after the season and store them in the vault only.",
           "Item 6: the waiver kiosk admin password was changed on Monday; new one handed over in person.",
           "Action: Leo to enable 2FA on the C-card portal for all instructors.",
           "Reminder: a password is never sent in the same message as the user name."]


def k_handbook(r):
    return "Staff handbook — IT and passwords\n" + "\n".join("- " + x for x in r.sample(PROSE_A, 3))


def k_toolbox_minutes(r):
    return "Toolbox talk minutes, %02d March 2026\n" % r.randrange(1, 29) + "\n".join(r.sample(PROSE_B, 3))


def _ed25519_pub(r):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)
    return b64(blob), "SHA256:" + b64(hashlib.sha256(blob).digest()).rstrip("=")


def k_known_hosts(r):
    lines = []
    for h in ["deckpi.bluereef.lan", "nas.bluereef.lan", "10.20.0.15"]:
        pub, _ = _ed25519_pub(r)
        lines.append("%s ssh-ed25519 %s" % (h, pub))
    return "\n".join(lines)


def k_keyscan(r):
    pub, fp = _ed25519_pub(r)
    return "$ ssh-keyscan -t ed25519 deckpi.bluereef.lan | ssh-keygen -lf -\n256 %s deckpi.bluereef.lan (ED25519)" % fp


def k_xapi(r):
    return json.dumps({"id": uuid4(r), "actor": {"mbox": "mailto:" + r.choice(["ana", "leo", "kofi"]) + "@example.org", "name": _name(r)},
                       "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                       "object": {"id": "https://learn.bluereef.example/xapi/activities/ow-theory/module-%d" % r.randrange(1, 6)},
                       "context": {"registration": uuid4(r)}, "result": {"score": {"scaled": round(r.random(), 2)}}}, indent=2)


def k_scorm_log(r):
    return ("SCORM API trace (session %s)\nLMSInitialize(\"\") = true\nLMSGetValue(\"cmi.core.student_id\") = \"%s\"\nLMSSetValue(\"cmi.core.lesson_status\", \"passed\")\nLMSSetValue(\"cmi.suspend_data\", \"%s\")\nLMSCommit(\"\") = true" % (
        uuid4(r), rs(r, DIGITS, 7), "p" + rs(r, DIGITS, 2) + "q" + rs(r, DIGITS, 3)))


CLASSES = [
    ("diver_certification_card_numbers", [("ccard_lookup_result_json", k_ccard_json), ("course_roster_csv", k_roster_csv)],
     "agency diver numbers and certification-card numbers, names and levels"),
    ("cylinder_serials_and_hydro_stamps", [("hydro_test_register_csv", k_hydro_csv), ("visual_inspection_sticker_ocr", k_vip_ocr)],
     "cylinder serials, DOT specs, hydro stamp dates, inspector numbers"),
    ("nitrox_fill_log_readings", [("fill_sheet_rows_csv", k_fill_rows), ("oxygen_analyser_serial_log", k_analyser_log)],
     "O2 percentages, MODs, fill pressures, analyser serials"),
    ("dive_computer_serials_and_firmware_digests", [("dctool_download_log", k_dctool_log), ("firmware_manifest_json", k_fw_manifest)],
     "dive-computer serials, download fingerprints, SHA-256 / MD5 of random bytes, 40-hex build ids"),
    ("vessel_mmsi_and_imo_numbers", [("boat_registry_extract", k_registry_extract), ("ais_static_data_json", k_ais_json)],
     "MMSIs, IMO numbers with a real 7-6-5-4-3-2 check digit, call signs"),
    ("nmea_sentences_with_xor_checksums", [("chartplotter_nmea_log", k_nmea_log), ("gps_feed_udp_capture", k_gps_capture)],
     "NMEA 0183 sentences with real XOR checksums"),
    ("booking_references_with_damm_check", [("trip_confirmation_sms", k_trip_sms), ("manifest_export_csv", k_manifest_csv)],
     "`BRD-` + 6 digits + a real Damm check digit"),
    ("deposit_ibans_with_mod97_check", [("deposit_invoice_text", k_deposit_invoice), ("supplier_payment_csv", k_supplier_csv)],
     "IBANs with real ISO 7064 mod-97 check digits, BICs, invoice numbers"),
    ("client_side_public_keys_in_dive_apps", [("booking_widget_script_tag", k_widget_script), ("logbook_app_public_config_json", k_logbook_public_cfg)],
     "Stripe `pk_live_`, Algolia search-only key, reCAPTCHA site key, Mapbox `pk.` (real JSON), Supabase anon JWT, PostHog `phc_`, Sentry DSN"),
    ("placeholder_credentials_in_dive_api_docs", [("partner_api_quickstart_md", k_quickstart_md), ("env_example_file", k_env_example)],
     "`dlog_<…>`, `whsec_XXXX…`, `<from-your-LMS>`, empty values, `CHANGE_ME`, an all-zero hex key, `${…:?…}`"),
    ("redacted_values_in_boat_ops_logs", [("sync_worker_log_redacted", k_sync_log_redacted), ("ci_job_output_masked", k_ci_masked)],
     "`********`, prefix + stars + 4-character tail, `[REDACTED]`, bullets, `***`"),
    ("vault_and_parameter_store_references", [("serverless_ssm_refs_yaml", k_ssm_refs), ("vault_agent_template", k_vault_template)],
     "`${ssm:…}`, Secrets Manager ARNs, Vault agent templates, `op://` and `vault:` pointers"),
    ("pbkdf2_and_sha512crypt_hashes", [("django_auth_user_fixture", k_django_fixture), ("linux_shadow_excerpt", k_shadow)],
     "Django `pbkdf2_sha256$870000$…` and `$6$` crypt strings (random in frame; one-way; field named `password`)"),
    ("jwe_and_fernet_ciphertext_tokens", [("waiver_signature_store_rows", k_waiver_store), ("encrypted_cookie_debug_dump", k_cookie_dump)],
     "Fernet tokens (`gAAAAA…`, version byte 0x80, random body) and compact JWE (RSA-OAEP-256 / A256GCM header, random parts)"),
    ("dive_site_gps_coordinates_and_gpx", [("gpx_waypoint_file", k_gpx), ("dive_site_directory_json", k_site_json)],
     "GPX waypoints, coordinates, mooring buoy numbers, site UUIDv4s, what3words-style addresses"),
    ("waiver_document_ids_and_signature_digests", [("waiver_audit_trail", k_waiver_audit), ("esign_envelope_status_json", k_envelope_json)],
     "envelope and template UUIDv4s, SHA-256 digests of documents and signature images"),
    ("dive_staff_password_policy_prose", [("staff_handbook_it_section", k_handbook), ("toolbox_talk_minutes", k_toolbox_minutes)],
     "handbook and meeting text about passwords with no password in it"),
    ("ssh_host_keys_and_fingerprints_public", [("known_hosts_file", k_known_hosts), ("ssh_keyscan_output", k_keyscan)],
     "`ssh-ed25519` public host keys (real wire format, random key bytes) and SHA256 fingerprints"),
    ("elearning_xapi_statement_and_scorm_ids", [("xapi_statement_json", k_xapi), ("scorm_runtime_trace", k_scorm_log)],
     "xAPI statement and registration UUIDv4s, activity IRIs, SCORM student ids and suspend data"),
]

WRAPPERS = [
    "",
    "__in_dive_crew_whatsapp_thread",
    "__in_dive_it_github_issue",
    "__in_vendor_helpdesk_email",
    "__in_boat_ops_confluence_page",
]


def wrap(w, body, r):
    if w == "":
        return body
    if w == "__in_dive_crew_whatsapp_thread":
        return "[03/03/26, 08:%02d] %s: is this ok to share here?\n%s\n[03/03/26, 08:%02d] %s: yes, nothing secret in that" % (
            r.randrange(60), r.choice(FIRST), body, r.randrange(60), r.choice(FIRST))
    if w == "__in_dive_it_github_issue":
        return "### Describe the bug\nSync fails after import. Output below.\n\n```\n%s\n```\n\n### Expected\nImport succeeds." % body
    if w == "__in_vendor_helpdesk_email":
        return "Hi team,\n\nplease see the excerpt below from our side:\n\n%s\n\nThanks,\n%s\nBlue Reef Divers" % (body, _name(r))
    return "h2. Reference\n{code}\n%s\n{code}\n_Last edited by %s_" % (body, _name(r))


def generate(registry):
    rng = random.Random(SEED)
    recs = []
    for cls, kinds, _ in CLASSES:
        for kname, fn in kinds:
            for w in WRAPPERS:
                for _ in range(100):
                    text = wrap(w, fn(rng), rng)
                    if not any(s in text for s in registry.items if len(s) >= 6):
                        break
                else:
                    raise RuntimeError("negative kept clashing")
                recs.append({"class": cls, "container": kname + w, "text": text, "source": "negative"})
    return recs
