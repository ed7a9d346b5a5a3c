"""Hard negatives of the classic-car world: no secret inside, but things that look like one."""
import base64
import hashlib
import json
import random

import common200 as C

SEED = 20006
WRAPPERS = ["in_marque_club_forum_thread", "in_restorer_mattermost_channel", "in_workshop_confluence_page", "in_parts_supplier_email_thread"]

MARQUES = ["Austin-Healey 3000", "MGB GT", "Triumph TR6", "Jaguar E-Type", "Alvis TD21", "Riley RMB", "Sunbeam Alpine",
           "Morris Minor", "Rover P5B", "Jensen Interceptor", "Lotus Elan", "Daimler SP250", "Jowett Javelin", "Humber Sceptre"]
OWNERS = ["G. Pike", "M. Oduya", "R. Hargreaves", "S. Mistry", "J. Calloway", "A. Nowak", "P. Whitlock", "D. Brennan"]


def vin(rng):
    while True:
        body = [rng.choice(C.VIN_ALPHA) for _ in range(17)]
        body[8] = "0"
        s = "".join(body)
        s = s[:8] + C.vin_check(s) + s[9:]
        if C.vin_ok(s):
            return s


def old_chassis(rng):
    return rng.choice([
        "HBJ8L/%05d" % rng.randint(10000, 43000), "GHN5UG%06dG" % rng.randint(100000, 299999),
        "CP%05dO" % rng.randint(10000, 99999), "%dR%05d" % (rng.randint(1, 2), rng.randint(1000, 99999)),
        "G/AN5/%05d" % rng.randint(10000, 99999), "B%dV%d%05d" % (rng.randint(1, 9), rng.randint(1, 9), rng.randint(10000, 99999))])


def plate(rng):
    return rng.choice(["%s %d %s" % (C.rstr(rng, "ABCDEFGHJKLMNPRSTUVWXY", 3), rng.randint(1, 999), ""),
                       "%s%d %s" % (C.rstr(rng, "ABCDEFGHJKLMNPRSTUVWXY", 2), rng.randint(10, 99), C.rstr(rng, "ABCDEFGHJKLMNPRSTUVWXY", 3)),
                       "%d %s" % (rng.randint(1, 9999), C.rstr(rng, "ABCDEFGHJKLMNPRSTUVWXY", 3))]).strip()


def member_no(rng):
    d = "%08d" % rng.randint(1, 99999999)
    return d + C.mod11_weighted_check(d)


def val_ref(rng):
    body = "%010d" % rng.randint(0, 9999999999)
    return "AV" + body + C.mod97_check(body)


def ean13(rng):
    d = "50" + "%010d" % rng.randint(0, 9999999999)
    return d + C.ean13_check(d)


def ssh_blob(rng):
    t = b"ssh-ed25519"
    raw = len(t).to_bytes(4, "big") + t + (32).to_bytes(4, "big") + C.rbytes(rng, 32)
    return raw


# ------------------------------------------------------------------ base kinds
def k_chassis_csv(rng):
    rows = ["chassis,vin,model,year,colour,registration"]
    n = rng.randint(3, 5)
    for i in range(n):
        y = rng.randint(1981, 1986) if i == n - 1 else rng.randint(1953, 1986)
        rows.append("%s,%s,%s,%d,%s,%s" % (old_chassis(rng), vin(rng) if y >= 1981 else "", rng.choice(MARQUES), y,
                                            rng.choice(["Healey Blue", "Old English White", "Carmine Red", "BRG"]), plate(rng)))
    return "\n".join(rows) + "\n"


def k_heritage_ocr(rng):
    return ("HERITAGE CERTIFICATE\nThis is to certify that the car described below was built on %02d/%02d/%d\n"
            "Car Number: %s    Engine Number: %dK/RU/H/%05d\nBody Number: %d    Colour: Ivory White / Red trim\n"
            "Registration first issued: %s\nArchive ref: BMIHT/%d/%04d\n"
            % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1958, 1967), old_chassis(rng), rng.randint(26, 29),
               rng.randint(1000, 99999), rng.randint(10000, 99999), plate(rng), rng.randint(1950, 1970), rng.randint(1, 9999)))


def k_mot_json(rng):
    tests = []
    for _ in range(rng.randint(2, 3)):
        tests.append({"completedDate": "20%02d-%02d-%02dT10:%02d:00.000Z" % (rng.randint(15, 25), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 59)),
                      "testResult": rng.choice(["PASSED", "FAILED"]), "odometerValue": str(rng.randint(40000, 120000)),
                      "odometerUnit": "MI", "motTestNumber": str(rng.randint(10 ** 11, 10 ** 12 - 1)),
                      "defects": [{"text": "Nearside front tyre worn close to legal limit", "type": "ADVISORY"}]})
    obj = {"registration": plate(rng).replace(" ", ""), "make": "AUSTIN HEALEY", "model": "3000",
           "firstUsedDate": "%d-%02d-01" % (rng.randint(1959, 1967), rng.randint(1, 12)), "fuelType": "Petrol",
           "primaryColour": "Blue", "motTests": tests, "note": "Vehicle of historic interest - MOT exempt since 2018"}
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def k_v5c_ocr(rng):
    return ("V5C Vehicle Registration Certificate\nDocument reference number %011d\nRegistration mark %s\n"
            "Date of first registration %02d %s %d\nTaxation class HISTORIC VEHICLE\nVIN/Chassis/Frame No %s\n"
            % (rng.randint(10 ** 10, 10 ** 11 - 1), plate(rng), rng.randint(1, 28), rng.choice(["MAR", "JUN", "SEP", "NOV"]),
               rng.randint(1955, 1972), old_chassis(rng)))


PAINTS = [("BLVC 11", "Old English White"), ("RD 1", "Carmine Red"), ("GN 25", "British Racing Green"),
          ("BU 15", "Healey Blue"), ("YL 7", "Primrose"), ("GR 26", "Old English Grey"), ("BK 1", "Black"),
          ("RD 4", "Colorado Red"), ("BU 9", "Ice Blue"), ("GN 37", "Almond Green")]


def k_paint_yaml(rng):
    out = ["# paint-codes.yaml (club paint library)"]
    for code, name in rng.sample(PAINTS, 4):
        out.append("- code: \"%s\"\n  name: %s\n  swatch: \"#%s\"\n  mix_ref: PPG-%d-%04d\n  cellulose: %s"
                   % (code, name, C.rstr(rng, C.HEX, 6), rng.randint(10, 99), rng.randint(0, 9999), rng.choice(["true", "false"])))
    return "\n".join(out) + "\n"


def k_trim_ocr(rng):
    return ("TRIM SWATCH CARD  No. T-%04d\nLeather: Connolly Vaumol  colour code %s-%d\nPiping: %s  code PP/%d\n"
            "Carpet: Wilton, code W%04d\nHood: Everflex black, code EF-%03d\n"
            % (rng.randint(1, 9999), rng.choice(["RD", "BK", "BU", "TN"]), rng.randint(1, 40), rng.choice(["white", "red", "navy"]),
               rng.randint(1, 99), rng.randint(0, 9999), rng.randint(1, 999)))


def k_engine_tsv(rng):
    rows = ["engine_no\tgearbox_no\tbody_no\tcar"]
    for _ in range(rng.randint(3, 5)):
        rows.append("%dK/RU/H/%05d\t%d/%05d\t%05d\t%s" % (rng.randint(26, 29), rng.randint(100, 99999), rng.randint(1, 9),
                                                        rng.randint(100, 99999), rng.randint(100, 99999), rng.choice(MARQUES)))
    return "\n".join(rows) + "\n"


def k_job_sheet_parts(rng):
    return ("JOB SHEET %d – engine rebuild\nEngine no. %s   Gearbox no. %s\nParts fitted:\n  - pistons +0.040in, set no. %s\n"
            "  - crank reground -0.010in, journal stamp %s\nLabour: %d h\n"
            % (rng.randint(1000, 9999), "%dK/RU/H/%05d" % (rng.randint(26, 29), rng.randint(100, 99999)),
               "%d/%05d" % (rng.randint(1, 9), rng.randint(100, 99999)), C.rstr(rng, C.UPPER_ALNUM, 8),
               C.rstr(rng, C.UPPER + C.DIGITS, 6), rng.randint(10, 60)))


def k_member_csv(rng):
    rows = ["member_no,name,joined,branch,car"]
    for _ in range(rng.randint(3, 5)):
        rows.append("%s,%s,%d,%s,%s" % (member_no(rng), rng.choice(OWNERS), rng.randint(1978, 2025),
                                         rng.choice(["North West", "Midlands", "Wales", "Scotland"]), rng.choice(MARQUES)))
    return "\n".join(rows) + "\n"


def k_renewal_email(rng):
    return ("Subject: Your club membership renewal\n\nDear %s,\nYour membership number %s is due for renewal on 1 April.\n"
            "Please quote this number on the standing order. Your log-in details have not changed and we will never ask for them by e-mail.\n"
            % (rng.choice(OWNERS), member_no(rng)))


def k_auction_csv(rng):
    rows = ["lot,description,hammer_gbp,bidder_no,paddle"]
    for _ in range(rng.randint(3, 5)):
        rows.append("%d,%d %s,%d,%d,%s" % (rng.randint(1, 300), rng.randint(1955, 1980), rng.choice(MARQUES),
                                           rng.randint(5, 120) * 500, rng.randint(1000, 9999), C.rstr(rng, C.UPPER, 1) + str(rng.randint(100, 999))))
    return "\n".join(rows) + "\n"


def k_bidder_conf(rng):
    return ("Bidder registration confirmed\nSale: Spring Classic Sale, lot viewing from 9am\nBidder number: %d\n"
            "Registration id: %s\nPlease bring photo ID; bidding credentials are issued at the desk.\n"
            % (rng.randint(1000, 9999), C.uuid4(rng)))


def k_val_cert(rng):
    return ("AGREED VALUE CERTIFICATE\nCertificate ref: %s\nVehicle: %d %s, chassis %s\nAgreed value: £%s\nValid until: 31/03/20%d\n"
            % (val_ref(rng), rng.randint(1955, 1975), rng.choice(MARQUES), old_chassis(rng), format(rng.randint(15, 180) * 1000, ","), rng.randint(27, 29)))


def k_val_log(rng):
    lines = []
    for _ in range(rng.randint(3, 5)):
        lines.append("2026-0%d-%02d INFO valuation.batch ref=%s status=issued photos=%d" % (rng.randint(1, 9), rng.randint(1, 28), val_ref(rng), rng.randint(8, 40)))
    return "\n".join(lines) + "\n"


def k_transport_webhook(rng):
    obj = {"event": "booking.confirmed", "booking_id": C.uuid4(rng), "consignment": "CT%09d" % rng.randint(0, 999999999),
           "vehicle": {"description": rng.choice(MARQUES), "enclosed": True}, "collection_date": "2026-0%d-%02d" % (rng.randint(1, 9), rng.randint(1, 28)),
           "idempotency_key": C.uuid4(rng)}
    return json.dumps(obj, indent=2) + "\n"


def k_storage_csv(rng):
    rows = ["bay,booking_id,car,from,to"]
    for _ in range(rng.randint(3, 5)):
        rows.append("B%02d,%s,%s,2026-0%d-01,2026-1%d-30" % (rng.randint(1, 40), C.uuid4(rng), rng.choice(MARQUES), rng.randint(1, 9), rng.randint(0, 2)))
    return "\n".join(rows) + "\n"


def mapbox_pk(rng):
    mid = C.b64url_nopad(json.dumps({"u": "marqueclub", "a": C.rstr(rng, C.LOWER_ALNUM, 24)}, separators=(",", ":")).encode())
    return "pk." + mid + "." + C.rstr(rng, C.B64URL, 22)


def k_checkout_html(rng):
    return ("<!-- club shop checkout -->\n<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n"
            "  const stripe = Stripe('pk_live_51%s');\n  const search = algoliasearch('%s', '%s'); // search-only key\n</script>\n"
            % (C.rstr(rng, C.ALNUM, 97), C.rstr(rng, C.UPPER_ALNUM, 10), C.rstr(rng, C.HEX, 32)))


def k_map_config(rng):
    obj = {"mapboxAccessToken": mapbox_pk(rng), "googleMapsBrowserKey": "AIza" + C.rstr(rng, C.B64URL, 35),
           "sentryDsn": "https://%s@o%d.ingest.sentry.io/%d" % (C.rstr(rng, C.HEX, 32), rng.randint(100000, 999999), rng.randint(1000000, 9999999)),
           "posthogKey": "phc_" + C.rstr(rng, C.ALNUM, 43), "note": "public browser config; restricted by referrer"}
    return json.dumps(obj, indent=2) + "\n"


def k_setup_guide(rng):
    return ("## Connecting the parts locator\n\n1. Ask the registrar for a token; it looks like `pst1_<36 characters><8 hex>`.\n"
            "2. Put it in `.env` as `PARTS_LOCATOR_API_TOKEN=<your-token>`.\n3. For webhooks use `cvt_whs_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` as a dummy while testing.\n"
            "4. The TOTP seed field takes 32 Base32 characters, e.g. `AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA` in the sandbox.\n")


def k_env_example(rng):
    return ("# .env.example – copy to .env and fill in\nJOB_SHEET_PORTAL_PASSWORD=\nCHASSIS_REGISTER_DB_PASSWORD=change-me-before-rally\n"
            "VIN_DECODER_HMAC_SECRET=%s\nRALLY_TIMING_DEVICE_JWT=${RALLY_TIMING_DEVICE_JWT:?set in CI}\nPAINT_LIBRARY_SYNC_KEY=pcl.00000000.<base64url>\n"
            "TRANSPORT_BOOKING_WEBHOOK_SECRET=REPLACE_ME\n" % ("0" * 64))


def k_worker_log(rng):
    return ("2026-03-%02d 07:%02d:12 DEBUG booking.worker connecting to db host=db1.barnstore.internal user=storage password=********\n"
            "2026-03-%02d 07:%02d:13 DEBUG booking.worker webhook secret=cvt_whs_**** (44 chars)\n"
            "2026-03-%02d 07:%02d:13 INFO  booking.worker token=[REDACTED] totp_seed=•••••••%s\n"
            % (rng.randint(1, 28), rng.randint(0, 59), rng.randint(1, 28), rng.randint(0, 59), rng.randint(1, 28), rng.randint(0, 59), C.rstr(rng, C.B32, 4)))


def k_ci_masked(rng):
    return ("$ echo \"Deploying with $VIN_DECODER_HMAC_SECRET\"\nDeploying with ***\n$ ./deploy.sh --token \"$PARTS_LOCATOR_API_TOKEN\"\n"
            "[deploy] using token pst1_****************************%s\n[deploy] done in %d s\n" % (C.rstr(rng, C.HEX, 4), rng.randint(20, 90)))


def k_secretkeyref(rng):
    return ("env:\n  - name: CHASSIS_REGISTER_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: chassis-db\n        key: password\n"
            "  - name: VIN_DECODER_HMAC_SECRET\n    value: \"@Microsoft.KeyVault(SecretUri=https://marque-kv-%d.vault.azure.net/secrets/vin-hmac/)\"\n" % rng.randint(1, 99))


def k_cfn_refs(rng):
    return ("Resources:\n  RegisterDb:\n    Type: AWS::RDS::DBInstance\n    Properties:\n"
            "      MasterUsername: registrar\n      MasterUserPassword: '{{resolve:secretsmanager:marque/register-db-%d:SecretString:password}}'\n"
            "  Hook:\n    Properties:\n      Secret: '{{resolve:ssm-secure:/transport/webhook-secret:%d}}'\n" % (rng.randint(1, 99), rng.randint(1, 9)))


def k_argon_sql(rng):
    rows = []
    for i in range(rng.randint(2, 4)):
        rows.append("(%d, '%s', '$argon2id$v=19$m=65536,t=3,p=4$%s$%s')" % (rng.randint(1, 9999), rng.choice(["registrar", "archivist", "valuer", "clubsec"]),
                                                                          C.b64(C.rbytes(rng, 16)).rstrip("="), C.b64(C.rbytes(rng, 32)).rstrip("=")))
    return "INSERT INTO members_login (id, login, pw_hash) VALUES\n" + ",\n".join(rows) + ";\n"


def k_django_fixture(rng):
    objs = []
    for i in range(rng.randint(1, 3)):
        salt = C.rstr(rng, C.ALNUM, 22)
        dk = hashlib.pbkdf2_hmac("sha256", C.rbytes(rng, 12), salt.encode(), 1000)
        objs.append({"model": "auth.user", "pk": rng.randint(1, 500),
                     "fields": {"username": rng.choice(["marshal", "judge", "entrant"]) + str(rng.randint(1, 99)),
                                "password": "pbkdf2_sha256$1000$%s$%s" % (salt, base64.b64encode(dk).decode())}})
    return json.dumps(objs, indent=2) + "\n"


def k_sops_yaml(rng):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (C.b64(C.rbytes(rng, n)), C.b64(C.rbytes(rng, 32)), C.b64(C.rbytes(rng, 16)))
    recip = C.bech32_encode("age", list(C.rbytes(rng, 32)))
    return ("vin_decoder_hmac_secret: %s\nparts_locator_api_token: %s\nsops:\n    age:\n        - recipient: %s\n"
            "    lastmodified: \"2026-02-%02dT10:11:12Z\"\n    version: 3.9.1\n" % (enc(32), enc(48), recip, rng.randint(1, 28)))


def k_ansible_vault(rng):
    body = C.rbytes(rng, 96).hex()
    lines = [body[i:i + 80] for i in range(0, len(body), 80)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


def k_handbook(rng):
    return rng.choice([
        "Club IT handbook, section 4: never write the register password on the job card or the whiteboard. Use the club password manager; if you forget yours, ask the registrar to reset it – they cannot see it either.\n",
        "Section 4.2 Passwords: at least fourteen characters, a phrase is better than a word, and the storage-barn keypad codes change after every open day. Do not send them by WhatsApp.\n",
        "Handbook note: the valuation archive uses single sign-on now, so there is no separate password to remember. Shared logins for the paint library were retired in March.\n"])


def k_minutes(rng):
    return rng.choice([
        "Minutes, committee meeting: the secretary reported that the old forum password had been rotated after the hack attempt; the new one was shared in person only. Action: webmaster to enable two-factor for all admins.\n",
        "AOB: members asked why the rally timing tablets need a password at all. Chair explained the tablets hold entrants' phone numbers. Agreed: passwords stay with the chief marshal, not in the minutes.\n",
        "Item 6: the transporter firm asked for our booking API key by e-mail; refused. Keys only go through the vendor portal. Noted that an invoice number is not a secret.\n"])


def k_authorized_keys(rng):
    lines = []
    for who in rng.sample(["registrar@register", "deploy@ci", "dave@workshop-mac", "archivist@laptop"], 2):
        lines.append("ssh-ed25519 %s %s" % (base64.b64encode(ssh_blob(rng)).decode(), who))
    return "# ~/.ssh/authorized_keys on db1.chassisreg.lan\n" + "\n".join(lines) + "\n"


def k_keyscan(rng):
    blob = ssh_blob(rng)
    fp = base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
    return ("$ ssh-keygen -lf <(ssh-keyscan -t ed25519 files.restore.lan 2>/dev/null)\n256 SHA256:%s files.restore.lan (ED25519)\n" % fp)


def k_parts_csv(rng):
    rows = ["part_no,description,ean,price_gbp"]
    for _ in range(rng.randint(3, 5)):
        rows.append("%s%d,%s,%s,%d.%02d" % (rng.choice(["GHS", "BHM", "AHH", "ACH", "GFE", "13H"]), rng.randint(100, 9999),
                                           rng.choice(["king pin set", "brake master cylinder", "wiper wheelbox", "door seal", "fuel pump"]),
                                           ean13(rng), rng.randint(5, 400), rng.randint(0, 99)))
    return "\n".join(rows) + "\n"


def k_parts_invoice(rng):
    return ("INVOICE %d\nQty 1  %s%d  trunnion kit   EAN %s\nQty 2  %s%d  hub seal       EAN %s\nTotal £%d.%02d  (VAT reg GB%09d)\n"
            % (rng.randint(10000, 99999), rng.choice(["BTB", "AHH"]), rng.randint(100, 9999), ean13(rng), rng.choice(["GHS", "ACH"]),
               rng.randint(100, 9999), ean13(rng), rng.randint(20, 900), rng.randint(0, 99), rng.randint(0, 999999999)))


def k_tyre_sheet(rng):
    rows = ["position,size,dot_code,tread_mm"]
    for pos in ["NSF", "OSF", "NSR", "OSR"]:
        rows.append("%s,165R15,DOT %s %s %s %02d%02d,%d.%d" % (pos, C.rstr(rng, C.UPPER_ALNUM, 4), C.rstr(rng, C.UPPER_ALNUM, 2),
                                                              C.rstr(rng, C.UPPER_ALNUM, 4), rng.randint(1, 52), rng.randint(15, 25), rng.randint(2, 7), rng.randint(0, 9)))
    return "\n".join(rows) + "\n"


def k_tyre_order(rng):
    return ("Order confirmation %d\n5 x 185VR15 crossply-look radial, DOT date code %02d%02d (week %d, 20%d)\nFitting slot: Thursday 14:00, bay %d\n"
            % (rng.randint(100000, 999999), rng.randint(1, 52), rng.randint(20, 25), rng.randint(1, 52), rng.randint(20, 25), rng.randint(1, 6)))


def k_photo_manifest(rng):
    files = []
    for i in range(rng.randint(2, 4)):
        files.append({"file": "IMG_%04d.JPG" % rng.randint(1, 9999), "sha256": hashlib.sha256(C.rbytes(rng, 64)).hexdigest(),
                      "bytes": rng.randint(2000000, 9000000)})
    return json.dumps({"valuation_ref": val_ref(rng), "photos": files}, indent=2) + "\n"


def k_sha1sums(rng):
    lines = []
    for name in rng.sample(["heritage_cert.pdf", "v5c_scan.pdf", "invoice_2019.pdf", "engine_stamp.jpg", "chassis_plate.jpg"], 3):
        lines.append("%s  %s" % (hashlib.sha1(C.rbytes(rng, 64)).hexdigest(), name))
    return "\n".join(lines) + "\n"


CLASSES = [
    ("chassis_and_vin_plate_numbers", [("chassis_plate_survey_csv", k_chassis_csv), ("heritage_certificate_ocr", k_heritage_ocr)],
     "pre-1981 chassis numbers, 17-character VINs with a real ISO 3779 check digit, engine and body numbers, UK plates"),
    ("mot_test_and_v5c_document_numbers", [("mot_history_api_json_response", k_mot_json), ("v5c_logbook_scan_ocr", k_v5c_ocr)],
     "12-digit MOT test numbers, 11-digit V5C document references, odometer readings (public vehicle data)"),
    ("paint_and_trim_code_references", [("paint_code_library_yaml", k_paint_yaml), ("trim_swatch_card_ocr", k_trim_ocr)],
     "factory paint codes, mix references, hex swatches and trim codes"),
    ("engine_gearbox_and_body_numbers", [("engine_number_register_tsv", k_engine_tsv), ("rebuild_job_sheet_parts_section", k_job_sheet_parts)],
     "engine, gearbox and body numbers, crank journal stamps"),
    ("club_membership_numbers_mod11", [("membership_card_export_csv", k_member_csv), ("renewal_reminder_letter", k_renewal_email)],
     "8-digit membership numbers + a real weighted mod-11 check character"),
    ("auction_lot_and_bidder_numbers", [("auction_results_csv", k_auction_csv), ("bidder_registration_confirmation", k_bidder_conf)],
     "lot, bidder and paddle numbers, registration UUIDv4s"),
    ("valuation_certificate_refs_mod97", [("agreed_value_certificate_text", k_val_cert), ("valuation_batch_log", k_val_log)],
     "`AV` + 10 digits + real ISO 7064 MOD 97-10 check digits"),
    ("transport_and_storage_booking_ids", [("transporter_booking_webhook_body_json", k_transport_webhook), ("storage_bay_allocation_csv", k_storage_csv)],
     "booking UUIDv4s, consignment numbers, idempotency keys, bay numbers"),
    ("public_client_keys_on_club_sites", [("club_shop_checkout_embed_html", k_checkout_html), ("events_map_public_config_json", k_map_config)],
     "Stripe `pk_live_`, Algolia search-only key, Mapbox `pk.` (real JSON), browser Maps key (arguable), Sentry DSN, PostHog `phc_`"),
    ("placeholder_credentials_in_restorer_setup_docs", [("integration_setup_guide_md", k_setup_guide), ("env_example_with_empty_values", k_env_example)],
     "`pst1_<…>`, `cvt_whs_XXXX…`, all-`A` Base32, empty values, `change-me-before-rally`, 64 zeros, `${…:?…}`, `pcl.00000000.<base64url>`, `REPLACE_ME`"),
    ("masked_values_in_workshop_logs", [("booking_worker_debug_log", k_worker_log), ("ci_pipeline_masked_output", k_ci_masked)],
     "`********`, `cvt_whs_****`, `[REDACTED]`, bullets + 4 characters, `***`, `pst1_****` + 4 hex"),
    ("secret_store_references_in_club_deploys", [("kubernetes_secretkeyref_env", k_secretkeyref), ("cloudformation_dynamic_references", k_cfn_refs)],
     "`secretKeyRef`, `@Microsoft.KeyVault(SecretUri=…)`, `{{resolve:secretsmanager:…}}`, `{{resolve:ssm-secure:…}}`"),
    ("argon2_and_django_pbkdf2_hashes", [("members_login_sql_dump", k_argon_sql), ("django_auth_user_fixture_json", k_django_fixture)],
     "`$argon2id$` strings (random in frame) and Django `pbkdf2_sha256$1000$salt$hash` (real PBKDF2 of discarded random bytes; field named `password`)"),
    ("sops_and_ansible_vault_ciphertext", [("sops_encrypted_values_yaml", k_sops_yaml), ("ansible_vault_encrypted_file", k_ansible_vault)],
     "sops `ENC[AES256_GCM,…]` values with an age recipient (real bech32 public key) and `$ANSIBLE_VAULT;1.1;AES256` hex bodies (random)"),
    ("password_hygiene_prose_in_club_handbook", [("club_it_handbook_section", k_handbook), ("committee_meeting_minutes", k_minutes)],
     "handbook and minutes text about passwords with no password in it"),
    ("ssh_public_keys_and_fingerprints", [("authorized_keys_file", k_authorized_keys), ("ssh_keyscan_fingerprint_output", k_keyscan)],
     "`ssh-ed25519` public keys (real wire format around 32 random bytes) and real SHA256 fingerprints"),
    ("parts_catalogue_numbers_and_ean_barcodes", [("parts_price_list_csv", k_parts_csv), ("parts_invoice_text", k_parts_invoice)],
     "part numbers and EAN-13 barcodes with real check digits, VAT numbers"),
    ("tyre_dot_codes_and_date_stamps", [("tyre_inspection_sheet_csv", k_tyre_sheet), ("tyre_order_confirmation", k_tyre_order)],
     "DOT tyre identification codes and week/year date stamps"),
    ("photo_and_document_checksums", [("valuation_photo_manifest_json", k_photo_manifest), ("document_archive_sha1sums", k_sha1sums)],
     "SHA-256 / SHA-1 digests of photos and scans (real digests of random bytes)"),
]


def wrap(w, text, rng):
    if w == "in_marque_club_forum_thread":
        return "Re: register tidy-up (page %d)\nQuote from chassis_nerd:\n%s\nLooks right to me, nothing private in that.\n" % (rng.randint(2, 9), text)
    if w == "in_restorer_mattermost_channel":
        return "@restorers ~workshop %d:%02d\n```\n%s```\nanyone know what these are?\n" % (rng.randint(8, 20), rng.randint(0, 59), text)
    if w == "in_workshop_confluence_page":
        return "Workshop wiki › Registers › Reference data\n{code}\n%s{code}\nLast edited by the archivist.\n" % text
    if w == "in_parts_supplier_email_thread":
        return "From: spares@partsdesk.example\nSubject: Re: your enquiry\n\nPlease see below.\n\n> %s\nKind regards\n" % text.replace("\n", "\n> ")
    raise ValueError(w)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    seen = set()
    for cls, kinds, _ in CLASSES:
        for kname, fn in kinds:
            for pres in [None] + WRAPPERS:
                for _ in range(100):
                    t = fn(rng)
                    if pres:
                        t = wrap(pres, t, rng)
                    if t not in seen and not reg.hits(t):
                        break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(t)
                recs.append({"class": cls, "container": kname if pres is None else "%s__%s" % (kname, pres), "text": t, "source": "negative"})
    return recs
