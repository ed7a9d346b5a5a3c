"""Negatives: 20 classes x 2 base kinds x 5 presentations, from the same world, with no secret at all."""
import base64
import hashlib
import json
import random

import enc260
from common260 import (PEOPLE, PRIVATE_IPS, HEX, UHEX, ALNUM, LOWER_ALNUM, UPPER_ALNUM, B64URL, DIGITS, UPPER,
                       CROCKFORD, rstr, uuid4, rbytes, b64u, oaat32, blake2s64, crockford_check, keyname,
                       PASSWORD_FORM_ANYWHERE, JWT_SHAPED, bad_uuids)
from everyday260 import JWT_KID

SEED = 26006
WRAPPERS = ["", "__pasted_into_teams_chat", "__attached_to_repair_ticket", "__quoted_in_supplier_eml",
            "__pinned_on_workroom_noticeboard"]


# ---------------------------------------------------------------------------
# check-digit helpers (asserted on published examples)
# ---------------------------------------------------------------------------
def gs1_check(body):
    s = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


assert gs1_check("400638133393") == "1"        # EAN-13 4006381333931
assert gs1_check("978030640615") == "7"        # ISBN 978-0-306-40615-7


def rf_check(body):
    n = int("".join(str(int(c, 36)) for c in body + "RF00"))
    return "%02d" % (98 - n % 97)


assert rf_check("539007547034") == "18"        # ISO 11649 example RF18 5390 0754 7034


def uk_vat(rng):
    d = [rng.randrange(10) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2]))
    chk = (-s) % 97
    return "".join(map(str, d)) + "%02d" % chk


def uk_vat_ok(v):
    s = sum(int(x) * w for x, w in zip(v[:7], [8, 7, 6, 5, 4, 3, 2]))
    return (s + int(v[7:])) % 97 == 0


assert uk_vat_ok("980780684")


def _p(rng):
    return rng.choice(PEOPLE)


# ---------------------------------------------------------------------------
# base kinds
# ---------------------------------------------------------------------------
def k_barcode_sheet(rng, ctx):
    lines = ["Hire stock labels - sheet %d (EAN-13, GS1 check digit printed last)" % rng.randrange(1, 40)]
    for _ in range(rng.randint(4, 7)):
        body = "50" + rstr(rng, DIGITS, 10)
        item = rng.choice(["cloche, navy felt", "boater, natural straw", "fascinator, ivory sinamay", "trilby, grey",
                           "pillbox, black velvet", "umbrella, 10-rib walnut crook"])
        lines.append("%s  %s  size %s" % (body + gs1_check(body), item, rng.choice(["S", "M", "L", "56", "57", "58"])))
    return "\n".join(lines)


def k_isbn_list(rng, ctx):
    lines = ["Workroom library - books to reorder"]
    titles = ["Millinery: The Art of Hat-Making", "Hat Blocking Techniques", "The Umbrella Repair Handbook",
              "Straw and Felt: A Milliner's Guide", "Pattern Cutting for Headwear"]
    for t in rng.sample(titles, 3):
        body = "978" + rstr(rng, DIGITS, 9)
        isbn = body + gs1_check(body)
        lines.append("%s - ISBN %s-%s-%s-%s-%s" % (t, isbn[:3], isbn[3], isbn[4:7], isbn[7:12], isbn[12]))
    return "\n".join(lines)


def k_vat_footer(rng, ctx):
    v = uk_vat(rng)
    return ("Hood & Block Supplies Ltd, Unit %d, Dunstable Road, Luton\nCompany no. %08d\nVAT reg. no. GB %s %s %s\n"
            "Payment terms 30 days" % (rng.randrange(1, 30), rng.randrange(10 ** 7, 10 ** 8), v[:3], v[3:7], v[7:]))


def k_vat_register(rng, ctx):
    lines = ["supplier,vat_number,eori"]
    for name in rng.sample(["Luton Felt Hoods", "Petersham Mills", "Canopy Cloth Co", "Walnut Crook Ltd", "Sinamay Direct"], 3):
        v = uk_vat(rng)
        lines.append("%s,GB%s,GB%s000" % (name, v, v))
    return "\n".join(lines)


def k_rf_invoice(rng, ctx):
    body = rstr(rng, DIGITS, 8) + rstr(rng, UPPER, 2)
    ref = "RF" + rf_check(body) + body
    return ("Ferrule & Canopy repair invoice %d\nRe-cover 8-rib canopy, replace runner  GBP %d.00\nPlease quote creditor reference %s"
            % (rng.randrange(1000, 9999), rng.randrange(25, 90), " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))))


def k_rf_csv(rng, ctx):
    lines = ["date,payer,amount,creditor_ref"]
    for _ in range(rng.randint(3, 5)):
        body = rstr(rng, DIGITS, 10)
        lines.append("2025-06-%02d,%s,%d.00,RF%s%s" % (rng.randrange(1, 29), _p(rng)[1], rng.randrange(20, 400), rf_check(body), body))
    return "\n".join(lines)


def k_sri(rng, ctx):
    lines = []
    for f in rng.sample(["hire.js", "booking-widget.js", "checkout.css", "sizes.js"], 2):
        h = base64.b64encode(hashlib.sha384(rbytes(rng, 64)).digest()).decode()
        lines.append('<script src="https://cdn.brimwell-millinery.example/%s" integrity="sha384-%s" crossorigin="anonymous"></script>' % (f, h))
    return "\n".join(lines)


def k_b2sums(rng, ctx):
    lines = ["# B2SUMS for plotterlink %d.%d" % (rng.randrange(1, 5), rng.randrange(0, 20))]
    for f in ["plotterlink-win64.zip", "plotterlink-macos.dmg", "plotterlink.tar.gz"]:
        lines.append("%s  %s" % (hashlib.blake2b(rbytes(rng, 48)).hexdigest(), f))
    return "\n".join(lines)


def k_argon_dump(rng, ctx):
    lines = ["id | username | hash_col"]
    for i in range(rng.randint(2, 4)):
        salt = base64.b64encode(rbytes(rng, 16)).decode().rstrip("=")
        h = base64.b64encode(rbytes(rng, 32)).decode().rstrip("=")
        lines.append("%d | %s | $argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (i + 1, _p(rng)[2], salt, h))
    return "\n".join(lines)


def k_django_fixture(rng, ctx):
    p = _p(rng)
    salt = rstr(rng, ALNUM, 22)
    h = base64.b64encode(rbytes(rng, 32)).decode()
    d = [{"model": "auth.user", "pk": rng.randrange(2, 40),
          "fields": {"username": p[2], "password": "pbkdf2_sha256$870000$%s$%s" % (salt, h), "is_staff": True}}]
    return json.dumps(d, indent=2)


def k_jwks(rng, ctx):
    pub = ctx["es256k_pub"]
    jwk = {"kty": "EC", "crv": "secp256k1", "x": b64u(pub[0].to_bytes(32, "big")), "y": b64u(pub[1].to_bytes(32, "big")),
           "kid": JWT_KID, "alg": "ES256K", "use": "sig"}
    return "GET https://hire.brimwell-millinery.example/.well-known/jwks.json\n" + json.dumps({"keys": [jwk]}, indent=2)


def k_wg_peers(rng, ctx):
    lines = ["# /etc/wireguard/wg-shops.conf - peers section only"]
    for site in rng.sample(["luton-workroom", "bristol-counter", "dunstable-store", "studio"], 2):
        lines += ["", "[Peer]", "# %s" % site, "PublicKey = %s" % base64.b64encode(rbytes(rng, 32)).decode(),
                  "AllowedIPs = 10.47.%d.0/24" % rng.randrange(2, 14), "Endpoint = %s.crownband.example:51820" % site]
    return "\n".join(lines)


def k_site_head(rng, ctx):
    return ('<div class="h-captcha" data-sitekey="%s"></div>\n<div class="cf-turnstile" data-sitekey="0x4AAAAAAA%s"></div>\n'
            "<!-- Google Tag Manager GTM-%s -->\n<script>fbq('init', '%s');</script>"
            % (uuid4(rng), rstr(rng, B64URL, 14), rstr(rng, UPPER_ALNUM, 7), rstr(rng, DIGITS, 15)))


def k_public_config(rng, ctx):
    d = {"squareApplicationId": "sq0idp-" + rstr(rng, B64URL, 22), "paypalClientId": "A" + rstr(rng, B64URL, 79),
         "klaviyoCompanyId": rstr(rng, UPPER_ALNUM, 6), "plausibleDomain": "hire.brimwell-millinery.example"}
    return "// public-config.json shipped inside the hire app bundle\n" + json.dumps(d, indent=2)


def k_env_template(rng, ctx):
    keys = ["STEAM_CABINET_HMI_PASSWORD", "HATBLOCK_QUEUE_KEY", "FITTING_BOOKING_TOKEN", "CANOPY_CAD_LICENCE",
            "HIRE_PORTAL_JWT", "STOCK_SYNC_FERNET_KEY", "HIRE_SITE_SECRET_KEY"]
    vals = ["", "changeme", "<set in vault>", "TODO", "${%s}", "REPLACE_ME", "xxxxxxxx"]
    lines = ["# .env.template - copy to .env and fill in from the vault"]
    for k in rng.sample(keys, 5):
        v = rng.choice(vals)
        lines.append("%s=%s" % (k, v % k if "%s" in v else v))
    return "\n".join(lines)


def k_helm_defaults(rng, ctx):
    keys = ["hatblockQueueKey", "fittingBookingToken", "stockSyncFernetKey", "hirePortalJwt", "twilioApiKeySecret"]
    lines = ["# values.yaml defaults - real values come from the ExternalSecret", "env:"]
    for k in rng.sample(keys, 4):
        lines.append('  %s: "%s"' % (k, rng.choice(["", "changeme", "<from-secret-store>", "{{ .Values.override }}"])))
    return "\n".join(lines)


def _bul(n):
    return "\u2022" * n


def k_masked_page(rng, ctx):
    return ("Integrations - Crownband admin\nHat-block queue key   hbq_%s%s   [Reveal] [Rotate]\nBooking token         fbt.%s%s\n"
            "Stripe restricted key rk_live_%s%s\nSendGrid              SG.%s (last used %d days ago)"
            % (_bul(20), rstr(rng, HEX, 4), _bul(16), rstr(rng, HEX, 3), _bul(12), rstr(rng, ALNUM, 4), "*" * 10, rng.randrange(1, 30)))


def k_masked_receipt(rng, ctx):
    return ("FERRULE & CANOPY UMBRELLA WORKS\nSALE   GBP %d.%02d\nVISA DEBIT  ************%s\nAID A0000000031010\n"
            "AUTH CODE %s   TID %s\nCARDHOLDER COPY" % (rng.randrange(20, 120), rng.randrange(0, 100), rstr(rng, DIGITS, 4),
                                                         rstr(rng, DIGITS, 6), rstr(rng, DIGITS, 8)))


def k_refs_config(rng, ctx):
    return ("hatblock_queue_key: doppler://blockfarm/prd/HATBLOCK_QUEUE_KEY\nfitting_booking_token: gcpsm://projects/crownband-prod/secrets/fitting-booking-token/versions/%d\n"
            "stock_sync_fernet_key: azurekeyvault://kv-crownband/secrets/stock-sync-fernet\n"
            "twilio_api_key_secret: arn:aws:secretsmanager:eu-west-2:%s:secret:hire/twilio-%s"
            % (rng.randrange(1, 9), rstr(rng, DIGITS, 12), rstr(rng, ALNUM, 6)))


def k_gha_refs(rng, ctx):
    return ("env:\n  HATBLOCK_QUEUE_KEY: ${{ secrets.HATBLOCK_QUEUE_KEY }}\n  FITTING_BOOKING_TOKEN: ${{ secrets.FITTING_BOOKING_TOKEN }}\n"
            "  SENTRY_DSN: ${{ vars.SENTRY_DSN }}\n  DB_URL: {{ vault \"kv/data/hire/db\" \"url\" }}")


def k_sops(rng, ctx):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(rng, n)).decode(),
                                                                  base64.b64encode(rbytes(rng, 32)).decode(),
                                                                  base64.b64encode(rbytes(rng, 16)).decode())
    return ("hatblock_queue_key: %s\nfitting_booking_token: %s\nsops:\n    age:\n        - recipient: age1%s\n"
            "    lastmodified: \"2025-06-0%dT09:00:00Z\"\n    version: 3.9.1" % (enc(38), enc(42), rstr(rng, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), rng.randrange(1, 9)))


def k_age_file(rng, ctx):
    body = base64.b64encode(rbytes(rng, rng.randrange(150, 260))).decode()
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + \
           "\n-----END AGE ENCRYPTED FILE-----"


def k_quickstart(rng, ctx):
    return ("## Quick start\n\n```bash\nexport HATBLOCK_QUEUE_KEY=<your-queue-key>\ncurl -H \"Authorization: Bearer $HATBLOCK_QUEUE_KEY\" \\\n"
            "     https://blockfarm.workroom.brimwell-millinery.example/api/v%d/jobs\n```\n\nKeys look like `hbq_` followed by 28 letters "
            "and digits, `_` and 8 hex digits. Never paste a real one into an issue." % rng.randrange(1, 4))


def k_sdk_table(rng, ctx):
    return ("| setting | example | notes |\n|---|---|---|\n| queueKey | hbq_xxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx | from the admin page |\n"
            "| bookingToken | fbt.xxxxxxxxxxxxxxxxxxxxxxxx.0000000000000000 | rotate yearly |\n"
            "| cadLicence | CCL-XXXX-XXXX-XXXX-XXXX-X | printed on the dongle box |\n| timeoutMs | %d | optional |" % rng.choice((5000, 10000, 30000)))


def k_handbook(rng, ctx):
    return rng.choice([
        "Logins. Every member of staff has their own login for the till and the hire desk. Pick a long phrase you can "
        "remember rather than a word with a number stuck on the end, and never write it on a sticky note by the steam cabinet.",
        "If a supplier portal asks you to share the workroom login, say no and ask Philippa to set up a separate account. "
        "The password manager is the only place logins live; photos of screens and chat messages are not.",
        "Two-step sign-in is switched on for the hire site and the shop. If you lose your phone, tell Crownband the same day "
        "so they can reset it; do not read codes out over the phone to anyone."])


def k_toolbox(rng, ctx):
    return rng.choice([
        "Toolbox talk %d June: reminded everyone that passwords are not to be shared at the counter, even with temps. "
        "Agreed to change the door panel login when Oskar finishes his apprenticeship." % rng.randrange(1, 29),
        "Minutes: Crownband will rotate the shop keys after race week. Nobody is to paste keys into Teams; use the vault link instead.",
        "Action: Hester to remove old logins from the bookkeeping laptop. Reminder that a password is personal and the "
        "manager will never ask you for yours."])


def _bad_hex(h):
    return h[:-1] + ("0" if h[-1] != "0" else "1")


def k_lookalike_fixtures(rng, ctx):
    body = rstr(rng, ALNUM, 28)
    good = "%08x" % oaat32(body.encode())
    b2 = rstr(rng, LOWER_ALNUM, 24)
    syms = rstr(rng, CROCKFORD, 16)
    chk = crockford_check(syms)
    wrong = [c for c in "0123456789ABCDEFGHJKMNPQRSTVWXYZ" if c != chk][rng.randrange(31)]
    return ("# tests/test_token_shapes.py - every fixture below must be REJECTED (bad check)\n"
            "BAD_QUEUE_KEY = \"hbq_%s_%s\"\nBAD_BOOKING_TOKEN = \"fbt.%s.%s\"\nBAD_LICENCE = \"CCL-%s-%s\"\n"
            % (body, _bad_hex(good), b2, _bad_hex(blake2s64(b2.encode())),
               "-".join(syms[i:i + 4] for i in range(0, 16, 4)), wrong))


def k_reject_log(rng, ctx):
    lines = []
    for _ in range(rng.randint(2, 4)):
        body = rstr(rng, ALNUM, 28)
        lines.append("2025-06-%02dT%02d:%02d:11Z booking-gw WARN rejected key hbq_%s_%s reason=check_mismatch"
                     % (rng.randrange(1, 29), rng.randrange(0, 24), rng.randrange(0, 60), body, _bad_hex("%08x" % oaat32(body.encode()))))
    return "\n".join(lines)


def k_ticket_csv(rng, ctx):
    lines = ["ticket_id,received,item,status"]
    for _ in range(rng.randint(3, 5)):
        lines.append("%s,2025-06-%02d,%s,%s" % (uuid4(rng), rng.randrange(1, 29),
                                               rng.choice(["golf umbrella", "walking-length crook", "telescopic", "parasol"]),
                                               rng.choice(["booked in", "awaiting parts", "ready"])))
    return "\n".join(lines)


def k_webhook_log(rng, ctx):
    lines = []
    for _ in range(rng.randint(2, 4)):
        lines.append("POST /hooks/orders 200 idempotency-key=%s order=HB-%06d request-id=%s"
                     % (uuid4(rng), rng.randrange(10 ** 5, 10 ** 6), uuid4(rng)))
    return "\n".join(lines)


def _genuine(rng, kind):
    if kind == "bulls":
        n = rng.randrange(200, 1000)
        return "Guess the till float: %s (answer: %d)" % (enc260.enc_bulls(n, rng), n)
    if kind == "knit":
        n = rng.randrange(130, 200)
        return "Hatband swatch row: %s (%d stitches)" % (enc260.enc_knit(n, rng), n)
    if kind == "parabola":
        n = rng.randrange(-30, 40)
        return "Brim curve readings %s - crosses the axis at %d" % (enc260.enc_parabola(n, rng), n)
    if kind == "flood":
        n = rng.randrange(8, 40)
        return "Offcut map %s: the marked piece is %d squares" % (enc260.enc_flood(n, rng), n)
    if kind == "iso":
        n = rng.randrange(-40, 40)
        return "Point moves %s end at x = %d" % (enc260.enc_iso(n, rng), n)
    n = rng.randrange(130, 300)
    return "Floor sums: %s gives %d" % (enc260.enc_floor(n, rng) if n in enc260.FLOOR_TABLE else "12;12", n if n in enc260.FLOOR_TABLE else 35)


def k_puzzle_page(rng, ctx):
    return "Guild newsletter - puzzle answers from last month\n" + "\n".join(_genuine(rng, k) for k in rng.sample(["bulls", "parabola", "iso"], 2))


def k_worksheet(rng, ctx):
    return "Apprentice worksheet (marked)\n" + "\n".join(_genuine(rng, k) for k in rng.sample(["knit", "flood", "floor"], 2))


def k_device_csv(rng, ctx):
    lines = ["device,mac,serial,location"]
    for dev in rng.sample(["QL-820NWB", "TM-m30III", "RFID-R200", "ESP32-felt-1", "Pi4-till02"], 3):
        mac = ":".join(rstr(rng, "0123456789ABCDEF", 2) for _ in range(6))
        lines.append("%s,%s,%s,%s" % (dev, mac, rstr(rng, UPPER_ALNUM, 10), rng.choice(["workroom", "counter", "store"])))
    return "\n".join(lines)


def k_bt_pairs(rng, ctx):
    lines = ["$ bluetoothctl devices Paired"]
    for name in rng.sample(["TM-m30III", "Hire scanner", "Card reader 2", "Label printer"], 3):
        lines.append("Device %s %s" % (":".join(rstr(rng, "0123456789ABCDEF", 2) for _ in range(6)), name))
    return "\n".join(lines)


def k_block_catalogue(rng, ctx):
    lines = ["Block catalogue - Luton block room"]
    for _ in range(rng.randint(3, 5)):
        lines.append("CB-%d-%s-%03d  %s, head %d cm, crown height %d mm" % (
            rng.randrange(54, 61), rng.choice(["DOME", "PORK", "CLOCHE", "PILL", "BRIM"]), rng.randrange(1, 999),
            rng.choice(["lime wood", "jelutong", "PLA print"]), rng.randrange(54, 61), rng.randrange(80, 130)))
    return "\n".join(lines)


def k_size_chart(rng, ctx):
    rows = [("54", "6 5/8", "XS"), ("55", "6 3/4", "S"), ("56", "6 7/8", "S"), ("57", "7 1/8", "M"), ("58", "7 1/4", "L"),
            ("59", "7 3/8", "L"), ("60", "7 1/2", "XL")]
    k = rng.randint(4, 7)
    return "head cm | UK size | label\n" + "\n".join("%s | %s | %s" % r for r in rows[:k])


def k_tls(rng, ctx):
    fp = ":".join(rstr(rng, "0123456789ABCDEF", 2) for _ in range(32))
    return ("Subject: CN=hire.brimwell-millinery.example\nIssuer: C=US, O=Let's Encrypt, CN=R%d\nSerial Number: %s\n"
            "SHA-256 Fingerprint: %s" % (rng.randrange(10, 14), ":".join(rstr(rng, "0123456789abcdef", 2) for _ in range(16)), fp))


def k_ssh_fp(rng, ctx):
    lines = ["$ ssh-keygen -lf /etc/ssh/ssh_known_hosts"]
    for h in rng.sample(["till02.ferrulecanopy.example", "git.crownband.example", "blockfarm.workroom.brimwell-millinery.example"], 2):
        lines.append("256 SHA256:%s %s (ED25519)" % (base64.b64encode(hashlib.sha256(rbytes(rng, 32)).digest()).decode().rstrip("="), h))
    return "\n".join(lines)


def _sgtin96(rng):
    company, item, serial = rng.randrange(5000000, 5099999), rng.randrange(0, 999999), rng.randrange(1, 2 ** 38)
    bits = (0x30 << 88) | (1 << 85) | (5 << 82) | (company << 58) | (item << 38) | serial
    return "%024X" % bits, "urn:epc:id:sgtin:%07d.%06d.%d" % (company, item, serial)


def k_epc_log(rng, ctx):
    lines = ["RFID reader hire-desk - read log"]
    for _ in range(rng.randint(3, 5)):
        h, urn = _sgtin96(rng)
        lines.append("%s  rssi=-%d  %s" % (h, rng.randrange(40, 70), urn))
    return "\n".join(lines)


def k_sku_list(rng, ctx):
    lines = ["sku,description,hire_price,epc"]
    for _ in range(rng.randint(3, 5)):
        h, _urn = _sgtin96(rng)
        lines.append("HIRE-%04d,%s,%d.00,%s" % (rng.randrange(1, 9999), rng.choice(["ivory fascinator", "top hat", "navy cloche",
                                                                                    "straw boater"]), rng.randrange(15, 80), h))
    return "\n".join(lines)


CLASSES = [
    ("hat_stock_gtin13_barcodes", "EAN-13 / GTIN-13 and ISBN-13 numbers with real GS1 mod-10 check digits",
     [("hire_stock_barcode_label_sheet", k_barcode_sheet), ("workroom_isbn13_reorder_list", k_isbn_list)]),
    ("supplier_uk_vat_numbers", "UK VAT registration numbers (real weighted mod-97 check) and EORI numbers",
     [("supplier_invoice_vat_footer", k_vat_footer), ("supplier_vat_eori_register_csv", k_vat_register)]),
    ("rf_creditor_payment_references", "ISO 11649 RF creditor references with real mod-97 check digits",
     [("repair_invoice_rf_reference", k_rf_invoice), ("remittance_rf_reference_csv", k_rf_csv)]),
    ("asset_sri_and_b2sum_digests", "subresource-integrity sha384 hashes and BLAKE2b-512 release sums (real digests of random bytes)",
     [("storefront_sri_script_tags", k_sri), ("plotterlink_b2sums_listing", k_b2sums)]),
    ("staff_argon2id_and_pbkdf2_hashes", "Argon2id PHC strings and Django pbkdf2_sha256 strings in password columns (random in frame)",
     [("hire_users_argon2_table_dump", k_argon_dump), ("django_auth_user_fixture_json", k_django_fixture)]),
    ("es256k_jwks_and_wireguard_public_keys", "the real public JWKS of this corpus's ES256K tokens and WireGuard peer public keys",
     [("hire_portal_jwks_response", k_jwks), ("wireguard_peer_public_keys", k_wg_peers)]),
    ("storefront_public_site_keys", "public by design: hCaptcha and Turnstile site keys, GTM and pixel ids, Square application ids, PayPal client ids",
     [("checkout_page_head_snippet", k_site_head), ("hire_app_public_config_json", k_public_config)]),
    ("config_template_placeholders", "this corpus's own key names with empty, changeme, TODO, REPLACE_ME, ${VAR} and template values",
     [("hire_site_env_template", k_env_template), ("helm_values_schema_defaults", k_helm_defaults)]),
    ("masked_values_in_portals_and_receipts", "bullet-masked keys keeping at most four characters and masked card numbers",
     [("integrations_page_masked_keys", k_masked_page), ("card_terminal_masked_receipt", k_masked_receipt)]),
    ("secret_store_reference_pointers", "pointers: doppler://, gcpsm://, azurekeyvault://, Secrets Manager ARNs, ${{ secrets.X }}, vault templates",
     [("hire_config_secret_store_refs", k_refs_config), ("actions_workflow_secret_refs", k_gha_refs)]),
    ("sops_and_age_ciphertexts", "SOPS ENC[AES256_GCM,...] values with age recipients and armored age files (random in frame)",
     [("sops_encrypted_values_yaml", k_sops), ("age_armored_backup_file", k_age_file)]),
    ("vendor_docs_example_snippets", "quick-start and SDK reference text with <your-queue-key>, x-filled and zero-filled shapes",
     [("blockfarm_api_quickstart_markdown", k_quickstart), ("sdk_settings_reference_table", k_sdk_table)]),
    ("workroom_security_briefing_prose", "handbook and toolbox-talk prose about logins with no value",
     [("staff_handbook_logins_page", k_handbook), ("toolbox_talk_logins_minutes", k_toolbox)]),
    ("lookalike_tokens_failing_own_checks", "this corpus's own hbq_ / fbt. / CCL- shapes with a deliberately wrong OAAT, BLAKE2s or Crockford check",
     [("oaat_blake2s_crockford_bad_fixtures", k_lookalike_fixtures), ("booking_gateway_check_reject_log", k_reject_log)]),
    ("repair_ticket_and_order_uuid_refs", "UUIDv4 ticket ids, idempotency keys and request ids, order numbers",
     [("repair_ticket_export_csv", k_ticket_csv), ("order_webhook_delivery_log", k_webhook_log)]),
    ("genuine_workroom_puzzle_pages", "genuine bulls-and-cows, parabola, point-move, knitting, offcut-map and floor-sum puzzles with their answers (the look of the evasions, carrying nothing)",
     [("guild_newsletter_puzzle_answers", k_puzzle_page), ("apprentice_marked_worksheet", k_worksheet)]),
    ("label_printer_and_till_device_ids", "MAC addresses, device serials and paired Bluetooth devices",
     [("shop_device_inventory_csv", k_device_csv), ("bluetoothctl_paired_devices", k_bt_pairs)]),
    ("hat_block_and_size_catalogue_codes", "hat-block catalogue codes, head sizes and size charts",
     [("hat_block_catalogue_page", k_block_catalogue), ("head_size_conversion_chart", k_size_chart)]),
    ("tls_and_ssh_fingerprints", "TLS certificate serials and SHA-256 fingerprints, SSH host-key fingerprints",
     [("hire_site_certificate_details", k_tls), ("known_hosts_fingerprint_listing", k_ssh_fp)]),
    ("hire_rfid_epc_and_sku_codes", "RFID EPC SGTIN-96 hex codes (real bit layout) with their URNs and hire SKUs",
     [("rfid_reader_epc_read_log", k_epc_log), ("hire_sku_price_list_csv", k_sku_list)]),
]
assert len(CLASSES) == 20


def wrap(wrapper, body, rng):
    if wrapper == "":
        return body + "\n"
    p = _p(rng)
    if wrapper == "__pasted_into_teams_chat":
        return "[Teams] %s %s: pasting this so you have it - it's only reference stuff, nothing to log in with\n%s\n" % (p[0], p[1], body)
    if wrapper == "__attached_to_repair_ticket":
        return "Ticket FC-%d - attachment (safe to share with the customer):\n%s\n" % (rng.randrange(1000, 9999), body)
    if wrapper == "__quoted_in_supplier_eml":
        quoted = "\n".join("> " + line for line in body.split("\n"))
        return ("From: %s %s <%s@hoodandblock.example>\nSubject: Re: the list you asked for\n\n%s\n\n"
                "These are public reference numbers only, no logins in here.\n" % (p[0], p[1], p[2], quoted))
    return "PINNED - nothing confidential on this sheet\n%s\n" % body


def clean_negative(text, reg_items):
    if PASSWORD_FORM_ANYWHERE.search(text) or JWT_SHAPED.search(text) or bad_uuids(text):
        return False
    for v in reg_items:
        if len(v) >= 6 and v in text:
            return False
    return True


def build(reg, ctx):
    rng = random.Random(SEED)
    recs = []
    seen = set()
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for w in WRAPPERS:
                for _ in range(200):
                    text = wrap(w, fn(rng, ctx), rng)
                    if text not in seen and clean_negative(text, reg.items):
                        break
                else:
                    raise RuntimeError("no clean negative for " + kname)
                seen.add(text)
                recs.append({"class": cname, "container": kname + w, "text": text, "source": "negative"})
    return recs
