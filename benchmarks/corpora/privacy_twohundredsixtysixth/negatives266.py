"""Negatives: texts from the same world that hold no secret at all."""
import base64
import hashlib
import json
import random
import struct

import common266 as C
import world266 as W

SEED = 26606

PRESENTATIONS = ["", "__pasted_in_zoom_chat", "__pinned_on_trello_card", "__quoted_in_volunteer_email"]
PRESENTATION_DESC = {
    "": "as found",
    "__pasted_in_zoom_chat": "pasted into a Zoom meeting chat with a note that it is reference material",
    "__pinned_on_trello_card": "pinned to a Trello card whose description says it holds no logins",
    "__quoted_in_volunteer_email": "quoted in an e-mail to the volunteers that says nothing secret is attached",
}


def wrap(rng, pres, body, label):
    if pres == "":
        return body
    if pres == "__pasted_in_zoom_chat":
        return "11:%02d:%02d From %s to Everyone:\n\t%s - reference only, nothing secret in it:\n%s" % (
            rng.randint(0, 59), rng.randint(0, 59), W.person(rng), label, body)
    if pres == "__pinned_on_trello_card":
        return "Card: %s\nDescription: pinned so everyone uses the same copy. Public material, no logins here.\n\n%s" % (label, body)
    name, mail = W.person_and_email(rng)
    quoted = "\n".join("> " + l for l in body.rstrip("\n").split("\n"))
    return ("From: %s <%s>\nSubject: %s\n\nHi all, here is the %s you asked for. There are no passwords or keys in it.\n\n%s\n"
            % (name, mail, label, label.lower(), quoted))


# ----------------------------------------------------------- helpers
def issn(rng):
    s = "%07d" % rng.randint(0, 9999999)
    d = s + C.issn_check(s)
    return d[:4] + "-" + d[4:]


def orcid(rng):
    s = "0000000" + str(rng.randint(1, 3)) + "%07d" % rng.randint(0, 9999999)
    d = s + C.iso7064_11_2(s)
    return "-".join(d[i:i + 4] for i in range(0, 16, 4))


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng):
    while True:
        v = "".join(rng.choice(VIN_CHARS) for _ in range(17))
        v = v[:8] + "0" + v[9:]
        v = v[:8] + C.vin_check(v) + v[9:]
        if C.vin_check(v) == v[8]:
            return v


def qr_reference(rng):
    body = C.rstr(rng, C.DIGITS, 26)
    d = body + C.recursive_mod10(body)
    return d[:2] + " " + " ".join(d[i:i + 5] for i in range(2, 27, 5))


def abn(rng):
    body = C.rstr(rng, C.DIGITS, 9)
    d = C.mod89_prefix(body) + body
    return "%s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8:])


def ais_payload(rng, n=28):
    chars = [chr(48 + v) if v < 40 else chr(56 + v) for v in range(64)]
    return "".join(rng.choice(chars) for _ in range(n))


def aivdm(rng):
    body = "AIVDM,1,1,,%s,%s,0" % (rng.choice("AB"), ais_payload(rng))
    return "!" + body + "*" + C.nmea_checksum(body)


def gprmc(rng):
    body = "GPRMC,%02d%02d%02d.00,A,50%02d.%03d,N,005%02d.%03d,W,%d.%d,%03d.%d,%02d%02d25,,,A" % (
        rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999),
        rng.randint(0, 59), rng.randint(0, 999), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 359), rng.randint(0, 9),
        rng.randint(1, 28), rng.randint(1, 12))
    return "$" + body + "*" + C.nmea_checksum(body)


def ed_pub(rng):
    return C.ed25519_public(C.rbytes(rng, 32))


def ssh_ed25519(pk):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + pk
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def minisign_pub(rng, pk):
    keyid = C.rbytes(rng, 8)
    return "untrusted comment: minisign public key %s\n%s" % (keyid[::-1].hex().upper(), base64.b64encode(b"Ed" + keyid + pk).decode())


def wav_uri(rng):
    import math
    rate = 8000
    n = rng.randint(240, 420)
    f = rng.choice([180, 220, 250, 310])
    samples = bytes(int(128 + 100 * math.sin(2 * math.pi * f * i / rate) * (1 - i / n)) for i in range(n))
    hdr = b"RIFF" + struct.pack("<I", 36 + n) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate, 1, 8) + b"data" + struct.pack("<I", n)
    return "data:audio/wav;base64," + base64.b64encode(hdr + samples).decode()


def wav_ok(uri):
    raw = base64.b64decode(uri.split(",", 1)[1])
    if raw[:4] != b"RIFF" or raw[8:16] != b"WAVEfmt ":
        return False
    size = struct.unpack("<I", raw[4:8])[0]
    n = struct.unpack("<I", raw[40:44])[0]
    return size == len(raw) - 8 and n == len(raw) - 44


def django_pbkdf2(rng):
    salt = C.rstr(rng, C.ALNUM, 22)
    it = rng.choice([720000, 870000, 1000000])
    dk = hashlib.pbkdf2_hmac("sha256", C.rbytes(rng, 12), salt.encode(), 1000)
    return "pbkdf2_sha256$%d$%s$%s" % (it, salt, base64.b64encode(dk).decode())


APR1_ALPHA = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def apr1(rng):
    return "$apr1$%s$%s" % (C.rstr(rng, APR1_ALPHA, 8), C.rstr(rng, APR1_ALPHA, 22))


def argon2(rng):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (C.b64s(C.rbytes(rng, 16)).rstrip("="), C.b64s(C.rbytes(rng, 32)).rstrip("="))


def mapbox_pk(rng):
    b = C.b64u(json.dumps({"u": "tregarrowlight", "a": C.rstr(rng, C.LALNUM, 25)}, separators=(",", ":")).encode())
    while True:
        t = C.rstr(rng, C.B64U, 22)
        if not t.startswith("ey"):
            return "pk." + b + "." + t


# ------------------------------------------------------------ classes
def n_issn(rng, kind):
    if kind == "archive_catalogue_record":
        return ("Record LV72.ARC.%d\nTitle: %s\nSeries: Lighthouse Digest Quarterly, ISSN %s\nAuthor: %s (ORCID %s)\nLocation: box %d, shelf %s\n") % (
            rng.randint(100, 999), rng.choice(["Keepers of the Haisborough Sands", "Lightvessels of the East Coast", "The Fog Signal Stations of Cornwall"]),
            issn(rng), W.person(rng), orcid(rng), rng.randint(1, 60), rng.choice("ABCDEFG"))
    return ("TY  - JOUR\nAU  - %s\nTI  - %s\nJO  - Maritime Heritage Review\nSN  - %s\nVL  - %d\nN1  - author ORCID %s\nER  - \n") % (
        W.person(rng), rng.choice(["Restoring a first-order lens", "Clockwork rotations before electrification", "Diaphones and their compressors"]),
        issn(rng), rng.randint(3, 40), orcid(rng))


def n_vin(rng, kind):
    if kind == "fleet_register_csv":
        rows = ["vehicle,vin,registered,mot_due"]
        for _ in range(rng.randint(2, 4)):
            rows.append("%s,%s,20%02d,2025-%02d-%02d" % (rng.choice(["LV72 van", "trust pickup", "tender trailer", "parts van"]), vin(rng), rng.randint(12, 23), rng.randint(1, 12), rng.randint(1, 28)))
        return "\n".join(rows) + "\n"
    rows = ["AtoN station register (AIS type 21 identifiers)"]
    for _ in range(rng.randint(2, 4)):
        rows.append("%s  MMSI %d  %s" % (rng.choice(["Tregarrow Point light", "LV72 (museum, not on station)", "Reef east cardinal", "Harbour entrance buoy"]),
                                         992350000 + rng.randint(0, 9999), rng.choice(["real", "virtual", "synthetic"])))
    return "\n".join(rows) + "\n"


def n_digest(rng, kind):
    if kind == "sri_script_tags_html":
        out = []
        for name in rng.sample(["map.js", "booking-widget.js", "audio-guide.js", "tides.js"], 2):
            dg = hashlib.sha384(C.rbytes(rng, 64)).digest()
            out.append('<script src="https://static.tregarrowlight.example/%s" integrity="sha384-%s" crossorigin="anonymous"></script>' % (name, base64.b64encode(dg).decode()))
        return "\n".join(out) + "\n"
    if kind == "sha384sums_release_file":
        lines = ["# SHA384SUMS for aton-feed %d.%d.%d" % (rng.randint(1, 3), rng.randint(0, 9), rng.randint(0, 9))]
        for f in ["aton-feed-linux-amd64.tar.gz", "aton-feed-linux-arm64.tar.gz", "aton-feed.sbom.json"]:
            lines.append("%s  %s" % (hashlib.sha384(C.rbytes(rng, 48)).hexdigest(), f))
        return "\n".join(lines) + "\n"
    lines = ["$ podman images --digests --format '{{.Repository}}:{{.Tag}} {{.Digest}}'"]
    for r in ["registry.lampwick.example/tregarrow/kiosk", "registry.lampwick.example/lv72/guide-api"]:
        lines.append("%s:%s sha256:%s" % (r, rng.choice(["latest", "2.3.1", "stable"]), hashlib.sha256(C.rbytes(rng, 40)).hexdigest()))
    return "\n".join(lines) + "\n"


def n_hashes(rng, kind):
    if kind == "django_auth_user_dump":
        rows = ["id | username | password | is_staff"]
        for i in range(rng.randint(2, 3)):
            rows.append("%d | %s | %s | t" % (i + 1, W.user(rng), django_pbkdf2(rng)))
        return "collections=# select id, username, password, is_staff from auth_user;\n" + "\n".join(rows) + "\n"
    if kind == "htpasswd_apr1_file":
        return "".join("%s:%s\n" % (W.user(rng), apr1(rng)) for _ in range(rng.randint(2, 4)))
    return "# kiosk-auth.toml (hashes only)\n" + "".join('[[admin]]\nname = "%s"\nhash = "%s"\n' % (W.user(rng), argon2(rng)) for _ in range(2))


def n_pubkeys(rng, kind):
    if kind == "authorized_keys_file":
        return "".join("%s %s@%s\n" % (ssh_ed25519(ed_pub(rng)), W.user(rng), rng.choice(["lamp-bridge", "aton-mon01", "kiln-mac"])) for _ in range(rng.randint(2, 3)))
    return "$ cat lampwick-release.pub\n%s\n" % minisign_pub(rng, ed_pub(rng))


def n_sitekeys(rng, kind):
    if kind == "visitor_site_head_snippet":
        return ("<script src=\"https://challenges.cloudflare.com/turnstile/v0/api.js\" async defer></script>\n"
                "<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\"></div>\n"
                "<script>mapboxgl.accessToken = '%s';</script>\n"
                "<script src=\"https://www.paypal.com/sdk/js?client-id=A%s&currency=GBP\"></script>\n") % (
            C.rstr(rng, C.ALNUM, 14), mapbox_pk(rng), C.rstr(rng, C.B64U, 79))
    d = {"hcaptchaSiteKey": C.uuid4(rng), "squareApplicationId": "sq0idp-" + C.rstr(rng, C.B64U, 22),
         "mapsJsKey": "AIza" + C.rstr(rng, C.B64U, 35), "note": "public, referrer-restricted"}
    return json.dumps(d, indent=2) + "\n"


OWN_KEYS = [("LAMP_ROOM_HMI_PASSWORD", ""), ("DIAPHONE_COMPRESSOR_PANEL_PASSWORD", "changeme"), ("ATON_FEED_API_KEY", "<set-in-vault>"),
            ("BOOKING_API_TOKEN", "${BOOKING_API_TOKEN}"), ("LENS_DRIVE_LICENCE", "REPLACE_ME"), ("COTTAGE_LOCK_PAIRING_CODE", "xxxx"),
            ("AUDIO_GUIDE_ENROLMENT_CODE", "{{ vault_audio_guide_enrolment_code }}"), ("TICKET_DESK_TILL_MANAGER_PASSWORD", "TODO"),
            ("SENDGRID_API_KEY", ""), ("MARINETRAFFIC_API_KEY", "your-key-here"), ("SQUARE_PRODUCTION_ACCESS_TOKEN", "<square token>")]


def n_templates(rng, kind):
    keys = rng.sample(OWN_KEYS, 5)
    if kind == "kiosk_env_sample_file":
        return "# .env.example - copy to .env and fill in\n" + "".join("%s=%s\n" % kv for kv in keys)
    if kind == "tfvars_example_file":
        return "# terraform.tfvars.example\n" + "".join('%s = "%s"\n' % (k.lower(), v) for k, v in keys)
    return ("# settings/production.py.template\nimport os\nSECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]\n"
            + "".join("%s = os.environ.get(\"%s\", \"%s\")\n" % (k, k, v) for k, v in keys[:3]))


def masked(rng, head, n_total, keep=4):
    tail = C.rstr(rng, C.ALNUM, keep)
    return head + "•" * (n_total - len(head) - keep) + tail


def n_masked(rng, kind):
    if kind == "ci_job_log_masked":
        return ("$ ./deploy.sh production\n[deploy] using ATON_FEED_API_KEY=[MASKED]\n[deploy] using BOOKING_API_TOKEN=[MASKED]\n"
                "[deploy] SENDGRID_API_KEY=********\n[deploy] done in %ds\n") % rng.randint(20, 200)
    if kind == "support_ticket_redacted":
        return ("Ticket #%d (redacted before sharing)\nCustomer pasted their till login; removed by agent: [REDACTED]\n"
                "Square token ending %s was rotated on %s.\n") % (rng.randint(1000, 9999), C.rstr(rng, C.ALNUM, 4), "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)))
    return ("Integrations (admin console)\nAtoN feed key     %s   created 2025-0%d-1%d\nMarineTraffic     %s\nGitHub token      ghp_%s\n") % (
        masked(rng, "atn_", 24), rng.randint(1, 9), rng.randint(0, 9), masked(rng, "", 20), "•" * 28 + C.rstr(rng, C.ALNUM, 4))


REF_KEYS = ["ATON_FEED_API_KEY", "BOOKING_API_TOKEN", "MARINETRAFFIC_API_KEY", "SENDGRID_API_KEY", "LAMP_ROOM_HMI_PASSWORD",
            "SQUARE_PRODUCTION_ACCESS_TOKEN", "COTTAGE_LOCK_PAIRING_CODE", "LENS_DRIVE_LICENCE"]


def n_refs(rng, kind):
    keys = rng.sample(REF_KEYS, 3)
    if kind == "github_actions_workflow_refs":
        return ("jobs:\n  deploy:\n    runs-on: ubuntu-24.04\n    environment: production-%d\n    env:\n" % rng.randint(1, 99)
                + "".join("      %s: ${{ secrets.%s }}\n" % (k, k) for k in keys))
    if kind == "external_secrets_manifest":
        return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: booking-api\nspec:\n  secretStoreRef:\n    name: gcp-store\n    kind: ClusterSecretStore\n  data:\n"
                + "".join("    - secretKey: %s\n      remoteRef:\n        key: projects/lampwick-prod/secrets/%s/versions/%d\n" % (k, k.lower().replace("_", "-"), rng.randint(1, 30)) for k in keys))
    return "".join("{{ with secret \"kv/data/tregarrow/%s\" }}\n%s={{ .Data.data.value }}\n{{ end }}\n" % (k.lower().replace("_", "-"), k) for k in keys)


def n_cipher(rng, kind):
    if kind == "sops_encrypted_yaml":
        def enc(n):
            return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (C.b64s(C.rbytes(rng, n)), C.b64s(C.rbytes(rng, 32)), C.b64s(C.rbytes(rng, 16)))
        return ("aton_feed_api_key: %s\nbooking_api_token: %s\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-2:%012d:key/%s\n    lastmodified: \"2025-%02d-%02dT09:12:44Z\"\n    version: 3.9.1\n") % (
            enc(47), enc(60), rng.randint(10 ** 11, 10 ** 12 - 1), C.uuid4(rng), rng.randint(1, 12), rng.randint(1, 28))
    if kind == "pulumi_secure_config":
        return ("config:\n  tregarrow-ops:region: eu-west-2\n  tregarrow-ops:atonFeedApiKey:\n    secure: v1:%s\n  tregarrow-ops:bookingApiToken:\n    secure: v1:%s\n") % (
            C.b64s(C.rbytes(rng, 60)), C.b64s(C.rbytes(rng, 80)))
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: lamp-bridge\n  namespace: tregarrow\nspec:\n  encryptedData:\n    LAMP_ROOM_HMI_PASSWORD: Ag%s\n") % C.b64s(C.rbytes(rng, 300))


def n_docs(rng, kind):
    if kind == "vendor_quickstart_markdown":
        return ("## Quick start (v%d.%d)\n\n1. Create a key in the dashboard. Keys look like `atn_<32 letters and digits>_<10 hex>`.\n2. Send it as a header:\n\n"
                "```\ncurl -H \"X-Aton-Feed-Api-Key: <YOUR_ATON_FEED_API_KEY>\" https://aton.lampwick.example/v2/%s\n```\n\n"
                "Licence codes have the form `LDR-XXXXX-XXXXX-XXXXX-XXXXX`; pairing codes `CLP-NN-NNN-NNN-NNN`.\n") % (
            rng.randint(1, 3), rng.randint(0, 9), rng.choice(["status", "lights", "faults", "stations"]))
    return ("### Authentication (%s)\n\n| Header | Value |\n|---|---|\n| Authorization | `Bearer <booking api token>` |\n| X-Api-Key | `%s` |\n\n"
            "Example key (not valid): `%s`.\n") % (rng.choice(["bookings", "tours", "cottages", "handsets"]),
                                                   rng.choice(["SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", "<your SendGrid key>", "re_xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx"]),
                                                   rng.choice(["ghp_" + "X" * 36, "whsec_" + "0" * 32, "EAAA" + "x" * 60]))


PROSE = [
    "Never write a lamp-room or compressor-panel login on the whiteboard in the watch room; ask the duty keeper or open the shared vault.",
    "Passwords for the museum tills are personal. If you forget yours, the duty manager resets it; nobody else should know it.",
    "When a relief crew changes over, logins are not handed over on paper. The incoming keeper gets their own account the same day.",
    "Choose a long passphrase rather than a word with a number on the end; the audit found too many of those on the gallery devices.",
    "API keys for the AtoN feed live in the vault only. If one turns up in a chat, a ticket or a spreadsheet, report it so it can be rotated.",
    "Volunteers never need the kiln controller or the bilge monitor passwords. If a screen asks for one, call the duty restorer.",
]


def n_prose(rng, kind):
    head = "Staff handbook, section 7: computers and logins\n" if kind == "keepers_handbook_logins_chapter" else "Volunteer induction notes (LV72)\n"
    return head + "\n".join("- " + p for p in rng.sample(PROSE, 3)) + "\n"


def bad_ldr(rng):
    body = C.rstr(rng, C.DIGITS, 19)
    good = C.recursive_mod10(body)
    bad = str((int(good) + rng.randint(1, 9)) % 10)
    d = body + bad
    return "LDR-%s-%s-%s-%s" % (d[:5], d[5:10], d[10:15], d[15:])


def bad_clp(rng):
    while True:
        d = C.rstr(rng, C.DIGITS, 11)
        if d[0] != "0" and not C.mod89_ok(d):
            return "CLP-%s-%s-%s-%s" % (d[:2], d[2:5], d[5:8], d[8:])


def bad_age(rng):
    body = C.rstr(rng, C.UALNUM, 15)
    good = C.mod26_letter(body)
    return "AGE-" + body + rng.choice([c for c in C.UPPER if c != good])


def bad_atn(rng):
    body = C.rstr(rng, C.ALNUM, 32)
    good = C.sha512_256(body.encode())[:5].hex()
    while True:
        t = C.rstr(rng, C.HEXL, 10)
        if t != good:
            return "atn_" + body + "_" + t


def n_fixtures(rng, kind):
    if kind == "validator_unit_test_fixtures":
        return ("# tests/test_codes.py - every value below must FAIL validation\nINVALID = [\n    \"%s\",  # wrong check digit\n    \"%s\",  # fails mod 89\n"
                "    \"%s\",  # wrong control letter\n    \"%s\",  # wrong digest tail\n]\n") % (bad_ldr(rng), bad_clp(rng), bad_age(rng), bad_atn(rng))
    return ("licence-server[%d]: rejected %s (check digit)\nlicence-server[%d]: rejected %s (check)\nlicence-server[%d]: rejected %s (control letter)\n") % (
        rng.randint(100, 999), bad_ldr(rng), rng.randint(100, 999), bad_clp(rng), rng.randint(100, 999), bad_age(rng))


def n_public_checks(rng, kind):
    if kind == "swiss_qr_bill_payment_slip":
        return ("QR-bill from Glasschleiferei Brunner AG (replacement prism blanks)\nAccount CH%02d 3000 0%03d %04d %04d %d\nReference %s\nAmount CHF %d.%02d\n") % (
            rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(0, 9), qr_reference(rng), rng.randint(200, 4000), rng.randint(0, 99))
    rows = ["supplier,abn,country"]
    for s in rng.sample(["Southern Lights Lenses Pty Ltd", "Cape Byron Brassworks", "Tasman Lamp Spares", "Otway Glass Co"], 2):
        rows.append("%s,%s,AU" % (s, abn(rng)))
    return "\n".join(rows) + "\n"


def n_orders(rng, kind):
    if kind == "ticket_sales_export_csv":
        rows = ["order,created,tickets,total,square_payment_id"]
        for _ in range(rng.randint(2, 4)):
            rows.append("LV72-2025-%06d,2025-%02d-%02d,%d,%d.00,%s" % (rng.randint(1, 999999), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 6), rng.randint(6, 60), C.rstr(rng, C.ALNUM, 29)))
        return "\n".join(rows) + "\n"
    rows = ["Transaction ID     Date        Gross   Type"]
    for _ in range(rng.randint(2, 4)):
        rows.append("%s  2025-%02d-%02d  %6.2f  Donation" % (C.rstr(rng, C.UALNUM, 17), rng.randint(1, 12), rng.randint(1, 28), rng.randint(500, 20000) / 100))
    return "\n".join(rows) + "\n"


def n_lights(rng, kind):
    lines = []
    for name, lat, lon in rng.sample([("Tregarrow Point", "50 02.1N", "5 11.3W"), ("Reef east cardinal", "50 01.4N", "5 09.8W"),
                                      ("Harbour pier head", "52 56.9N", "1 17.9E"), ("Sunk Sands (former LV72 station)", "51 51.0N", "1 35.0E")], 3):
        ch = rng.choice(["Fl(2) W 15s", "Q(3) 10s", "Iso WR 6s", "Oc(2) G 10s", "Fl W 5s", "LFl 10s"])
        lines.append("A%04d %s %s %s %s %dm %dM" % (rng.randint(1, 9999), name, lat, lon, ch, rng.randint(5, 60), rng.randint(3, 24)))
    if kind == "admiralty_list_of_lights_extract":
        return "Extract, list of lights (volume A)\n" + "\n".join(lines) + "\n"
    return "Notice to Mariners %d/25: characteristics confirmed after maintenance\n" % rng.randint(1, 60) + "\n".join(lines) + "\n"


def n_nmea(rng, kind):
    if kind == "ais_receiver_raw_log":
        return "".join("%s\n" % aivdm(rng) for _ in range(rng.randint(3, 5)))
    return "".join("%s\n" % gprmc(rng) for _ in range(rng.randint(2, 4)))


def n_genuine(rng, kind):
    if kind == "golf_society_scorecard":
        holes = [(rng.choice([3, 4, 4, 5]), 0) for _ in range(9)]
        holes = [(p, p + rng.choice([-1, 0, 0, 1, 1, 2])) for p, _ in holes]
        pts = sum(max(0, 2 + p - s) for p, s in holes)
        return "Lighthouse Trust golf day, front nine (par/strokes): %s - Stableford %d points\n" % (" ".join("%d/%d" % h for h in holes), pts)
    if kind == "cricket_club_scorebook_page":
        balls = [rng.choice(["1", ".", "4", "2", ".", "wd", "1"]) for _ in range(12)]
        tot = sum(1 if b == "wd" else (0 if b == "." else int(b)) for b in balls)
        return "Keepers XI v Harbour CC, first two overs: %s = %d runs\n" % (" ".join(balls), tot)
    votes = {p: rng.randint(3, 30) for p in ["A", "B", "C", "D"]}
    return "Open-day poster vote, first preferences: %s (winner %s)\n" % (", ".join("%s %d" % kv for kv in votes.items()), max(votes, key=votes.get))


def n_traces(rng, kind):
    if kind == "api_gateway_access_log":
        return "".join('10.47.%d.%d - - [%02d/Mar/2025:10:%02d:%02d +0000] "GET /v2/status HTTP/1.1" 200 %d request_id=%s traceparent=00-%s-%s-01\n' % (
            rng.randint(1, 9), rng.randint(10, 250), rng.randint(1, 28), rng.randint(0, 59), rng.randint(0, 59), rng.randint(200, 9000),
            C.uuid4(rng), C.rstr(rng, C.HEXL, 32), C.rstr(rng, C.HEXL, 16)) for _ in range(rng.randint(2, 3)))
    return "Sentry issue BOOKING-API-%d\nevent id %s\ntrace %s\nrelease booking-api@2.%d.%d\n" % (
        rng.randint(10, 999), C.rstr(rng, C.HEXL, 32), C.uuid4(rng), rng.randint(0, 9), rng.randint(0, 9))


def n_wav(rng, kind):
    if kind == "audio_guide_html_snippet":
        return '<audio controls preload="none" src="%s"></audio>\n<p>Stop 4: the diaphone start-up grunt (short sample)</p>\n' % wav_uri(rng)
    return json.dumps({"stop": rng.randint(1, 20), "title": "Fog signal sample", "audio": wav_uri(rng)}, indent=2) + "\n"


CLASSES = [
    ("archive_issn_and_orcid_identifiers", ["archive_catalogue_record", "bibliography_ris_export"], n_issn,
     "ISSNs (real mod-11 check) and ORCID iDs (real ISO 7064 MOD 11-2 check) in archive records"),
    ("museum_van_vin_and_aton_mmsi_numbers", ["fleet_register_csv", "aton_station_register"], n_vin,
     "vehicle VINs with a real check digit in position 9 and AtoN MMSI numbers (992 35 prefix)"),
    ("sri_and_checksum_file_digests", ["sri_script_tags_html", "sha384sums_release_file", "container_image_digest_list"], n_digest,
     "Subresource Integrity sha384 values, a SHA384SUMS file and image digests (real digests of random bytes)"),
    ("apr1_argon2_and_django_pbkdf2_hashes", ["django_auth_user_dump", "htpasswd_apr1_file", "argon2_admin_hash_toml"], n_hashes,
     "Django PBKDF2 hashes (real PBKDF2-HMAC-SHA256, in a column called password), apr1 and Argon2id strings (random in frame)"),
    ("ed25519_ssh_and_minisign_public_keys", ["authorized_keys_file", "minisign_public_key_file"], n_pubkeys,
     "real Ed25519 public keys (computed by hand from discarded seeds) as ssh-ed25519 lines and a minisign public key"),
    ("map_and_captcha_publishable_site_keys", ["visitor_site_head_snippet", "booking_page_public_keys_json"], n_sitekeys,
     "public by design: Turnstile and hCaptcha site keys, a Mapbox pk. token, a PayPal client id, a Square application id and a referrer-restricted Maps key"),
    ("config_templates_with_placeholder_values", ["kiosk_env_sample_file", "tfvars_example_file", "django_settings_template"], n_templates,
     "this corpus's own key names with empty values, changeme, TODO, REPLACE_ME, ${VAR}, {{ vault_x }} and os.environ lookups"),
    ("redacted_previews_in_logs_and_tickets", ["ci_job_log_masked", "support_ticket_redacted", "admin_console_key_list"], n_masked,
     "[MASKED], [REDACTED], star and bullet masks keeping at most four characters of the secret part"),
    ("gcp_vault_and_actions_secret_references", ["github_actions_workflow_refs", "external_secrets_manifest", "vault_agent_template"], n_refs,
     "pointers: ${{ secrets.X }}, GCP Secret Manager resource names in an ExternalSecret, Vault agent templates"),
    ("sops_pulumi_and_sealed_secret_ciphertexts", ["sops_encrypted_yaml", "pulumi_secure_config", "sealed_secret_manifest"], n_cipher,
     "ciphertexts whose key is elsewhere: SOPS ENC[AES256_GCM,...] values, Pulumi secure: v1: values, a SealedSecret (random in frame)"),
    ("integration_docs_placeholder_examples", ["vendor_quickstart_markdown", "booking_api_reference_auth_table"], n_docs,
     "documentation with <...> placeholders and X- or y-filled shapes of this corpus's own and vendor layouts"),
    ("keepers_handbook_password_guidance_prose", ["keepers_handbook_logins_chapter", "volunteer_induction_notes"], n_prose,
     "handbook and induction prose about passwords and keys, with no value"),
    ("check_failing_licence_and_pairing_fixtures", ["validator_unit_test_fixtures", "lens_drive_licence_rejections_log"], n_fixtures,
     "this corpus's own LDR- / CLP- / AGE- / atn_ layouts with a wrong recursive mod-10 digit, a failing mod-89 sum, a wrong mod-26 letter or a wrong SHA-512/256 tail"),
    ("qr_bill_references_and_supplier_abns", ["swiss_qr_bill_payment_slip", "supplier_abn_register_csv"], n_public_checks,
     "public numbers that use two of the positives' check algorithms: Swiss QR-bill references (recursive mod 10) and Australian Business Numbers (mod 89), all valid"),
    ("ticketing_order_and_payment_reference_ids", ["ticket_sales_export_csv", "paypal_settlement_report"], n_orders,
     "order numbers, Square payment ids and PayPal transaction ids: identifiers, not keys"),
    ("light_characteristics_and_light_list_entries", ["admiralty_list_of_lights_extract", "notice_to_mariners_excerpt"], n_lights,
     "light-list entries: numbers, positions and characteristics such as Fl(2) W 15s 37m 18M"),
    ("ais_nmea_sentences_with_checksums", ["ais_receiver_raw_log", "gps_nmea_capture"], n_nmea,
     "!AIVDM and $GPRMC sentences with real NMEA XOR checksums (AIS payloads random in the six-bit alphabet)"),
    ("genuine_scorecards_and_ballot_counts", ["golf_society_scorecard", "cricket_club_scorebook_page", "poster_vote_tally"], n_genuine,
     "genuine Stableford, cricket and poll workings with their answers (the look of three evasions, carrying nothing)"),
    ("trace_and_correlation_identifiers", ["api_gateway_access_log", "sentry_issue_summary"], n_traces,
     "UUIDv4 request ids, W3C traceparent headers and Sentry event ids"),
    ("foghorn_sample_wav_data_uris", ["audio_guide_html_snippet", "exhibit_stop_json"], n_wav,
     "data: URIs of real 8-bit PCM WAV samples of a decaying fog-signal tone"),
]


def build(reg, forbidden_strings, per_class=11):
    rng = random.Random(SEED)
    out = []
    seen = set()
    for cname, kinds, fn, _ in CLASSES:
        for i in range(per_class):
            kind = kinds[i % len(kinds)]
            pres = PRESENTATIONS[(i // len(kinds) + i) % len(PRESENTATIONS)]
            for _ in range(100):
                body = fn(rng, kind)
                text = wrap(rng, pres, body, kind.replace("_", " ").capitalize())
                if text in seen or negative_problem(text, forbidden_strings):
                    continue
                break
            else:
                raise RuntimeError("negative " + cname)
            seen.add(text)
            out.append({"class": cname, "container": kind + pres, "text": text, "source": "negative"})
    return out


def negative_problem(text, forbidden_strings):
    if C.PW_FORM_ANY.search(text):
        return "password form"
    if C.JWS_RE.search(text) or C.JWE_RE.search(text):
        return "JWT-shaped"
    for u in C.UUID_RE.findall(text):
        if not C.uuid_is_v4(u):
            return "non-v4 UUID"
    for s in forbidden_strings:
        if s in text:
            return "contains a registered string"
    return ""
