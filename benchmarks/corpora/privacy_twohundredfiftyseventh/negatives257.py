"""Negatives: 20 classes x 2 base kinds x 6 presentations (plain and five
wrappers).  No negative contains a secret."""

import base64
import hashlib
import json
import random

import common257 as c
import world257 as w

SEED = 25706


def gtin13(r, prefix="50"):
    body = prefix + c.rstr(r, c.DIGITS, 12 - len(prefix))
    return body + c.gs1_check(body)


def sscc18(r):
    body = "3" + "5012345" + c.rstr(r, c.DIGITS, 9)
    return body + c.gs1_check(body)


def isbn13(r):
    body = "978" + r.choice(["1", "0"]) + c.rstr(r, c.DIGITS, 8)
    return body + c.gs1_check(body)


def isbn10(r):
    body = r.choice(["0", "1"]) + c.rstr(r, c.DIGITS, 8)
    return body + c.isbn10_check(body)


def fmt_isbn13(s):
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12])


def fmt_isbn10(s):
    return "%s-%s-%s-%s" % (s[0], s[1:5], s[5:9], s[9])


def iban_gb(r):
    return c.iban_make("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + c.rstr(r, c.DIGITS, 14))


def iban_de(r):
    return c.iban_make("DE", c.rstr(r, c.DIGITS, 18))


def iban_nl(r):
    return c.iban_make("NL", r.choice(["INGB", "RABO", "ABNA"]) + c.rstr(r, c.DIGITS, 10))


def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


BOOK_TITLES = ["Leaded Lights in Practice", "The Care of Historic Window Glass", "Voicing the Flue Pipe",
               "Tracker Action Regulation", "Glass Painting: Trace and Matt", "Sash Windows of the North",
               "Corrosion of Medieval Glass", "Organ Cases of Yorkshire", "Lime, Lead and Light",
               "The Blower Room Handbook"]
AUTHORS = ["M. Hartley", "J. Pickersgill", "A. Crowther", "S. Beaumont", "R. Illingworth", "E. Ackroyd"]
COLOURS = ["amber streaky", "ruby flashed", "pot-metal blue", "antique green", "opal white", "straw seedy",
           "cobalt reamy", "pale flesh tint"]


# ------------------------------------------------------------ base kinds
def k_delivery_note(r):
    lines = ["Delivery note DN-%d  %s  to: Lanternlight Stained Glass Studio (GLN %s)" % (
        r.randrange(10000, 99999), w.date(r), gtin13(r, "50"))]
    for _ in range(r.randrange(3, 6)):
        lines.append("  GTIN %s  mouth-blown sheet, %s, %dx%d mm  x%d" % (
            gtin13(r), r.choice(COLOURS), r.choice([600, 700, 800]), r.choice([450, 600, 900]), r.randrange(1, 9)))
    return "\n".join(lines) + "\n"


def k_label_queue(r):
    lines = ["Print queue: cutting-room labels (Zebra ZD421)"]
    for i in range(r.randrange(3, 6)):
        lines.append("%02d  SSCC (00) %s  crate of %s  rack %s" % (i + 1, sscc18(r), r.choice(COLOURS), r.choice("ABCD")))
    return "\n".join(lines) + "\n"


def k_reading_list(r):
    lines = ["Reading list for the conservation placement (%s)" % w.date(r)[:4]]
    for _ in range(r.randrange(3, 6)):
        lines.append("- %s, *%s* (%d). ISBN %s" % (r.choice(AUTHORS), r.choice(BOOK_TITLES), r.randrange(1978, 2024), fmt_isbn13(isbn13(r))))
    return "\n".join(lines) + "\n"


def k_loan_slip(r):
    return ("YORK GUILD LIBRARY – LOAN SLIP\nBorrower: %s\nItem: %s\nISBN: %s\nDue back: %s\n" % (
        w.person(r), r.choice(BOOK_TITLES), fmt_isbn10(isbn10(r)), w.date(r)))


def k_donor_transfer(r):
    return ("Organ Restoration Appeal – %s\nTo give by bank transfer:\nAccount name: PCC of %s\nIBAN: %s\nBIC: NWBKGB2L\n"
            "Reference: ORGAN-%d\nThank you for helping us restore the organ!\n" % (
                w.church(r), w.church(r).split(",")[0], spaced4(iban_gb(r)), r.randrange(100, 999)))


def k_payment_run(r):
    rows = ["supplier,iban,amount_gbp,reference"]
    for name, fn in [("Glashuette Lamberts", iban_de), ("Orgelbau Teile BV", iban_nl), ("Leadworks Ltd", iban_gb)]:
        rows.append("%s,%s,%d.%02d,INV-%d" % (name, fn(r), r.randrange(100, 9000), r.randrange(100), r.randrange(1000, 9999)))
    return "\n".join(rows) + "\n"


def k_photo_manifest(r):
    lines = ["# photo archive manifest – %s" % w.church(r)]
    for i in range(r.randrange(3, 6)):
        data = c.rbytes(r, 64)
        alg = r.choice(["sha3-256", "blake2s-256"])
        dg = hashlib.sha3_256(data).hexdigest() if alg == "sha3-256" else hashlib.blake2s(data).hexdigest()
        lines.append("%s  %s  IMG_%04d.CR3" % (alg, dg, r.randrange(1000, 9999)))
    return "\n".join(lines) + "\n"


def k_checksum_email(r):
    data = c.rbytes(r, 64)
    return ("Subject: scans delivered\n\nHi %s,\n\nThe TIFF bundle is on the share. BLAKE2s-256 of the zip:\n%s\n"
            "and the git commit of the survey repo it matches is %s.\n\nRegards,\n%s\n" % (
                w.first(r), hashlib.blake2s(data).hexdigest(), hashlib.sha1(c.rbytes(r, 40)).hexdigest(), w.first(r)))


CRYPT = "./" + c.ALNUM


def k_shadow(r):
    lines = []
    for user in r.sample(["kiln", "voicing", "survey", "archive", "backup"], 3):
        if r.random() < 0.5:
            h = "$y$j9T$%s$%s" % (c.rstr(r, CRYPT, 22), c.rstr(r, CRYPT, 43))
        else:
            h = "$6$%s$%s" % (c.rstr(r, CRYPT, 16), c.rstr(r, CRYPT, 86))
        lines.append("%s:%s:%d:0:99999:7:::" % (user, h, 19000 + r.randrange(1500)))
    return "# /etc/shadow (excerpt, for the audit)\n" + "\n".join(lines) + "\n"


def k_customers_dump(r):
    lines = ["| id | email | password_hash |", "|----|-------|---------------|"]
    for i in range(r.randrange(2, 5)):
        lines.append("| %d | customer%d@mail.example | $2y$12$%s |" % (r.randrange(100, 9999), r.randrange(10, 999), c.rstr(r, CRYPT, 53)))
    return "\n".join(lines) + "\n"


def k_wg_peers(r):
    out = ["# wg0.conf on the studio gateway – [Peer] blocks only"]
    for i in range(r.randrange(2, 4)):
        pub = c.b64s(c.x25519_public(c.rbytes(r, 32)))
        out.append("[Peer]\n# %s\nPublicKey = %s\nAllowedIPs = 10.57.%d.0/24\nEndpoint = %s:51820\n" % (
            r.choice(["organ-works", "survey-van", "archive"]), pub, r.randrange(40), w.host(r, "soft")))
    return "\n".join(out)


def ssh_ed25519_line(r, comment):
    pub = c.ed25519_public(c.rbytes(r, 32))
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + pub
    return "ssh-ed25519 %s %s" % (c.b64s(blob), comment)


def k_authorized_keys(r):
    lines = ["# ~deploy/.ssh/authorized_keys"]
    for _ in range(r.randrange(2, 4)):
        lines.append(ssh_ed25519_line(r, "%s@%s" % (w.first(r).lower(), r.choice(["laptop", "ci", "tab3"]))))
    return "\n".join(lines) + "\n"


def k_booking_head(r):
    site = "6L" + r.choice("cdef") + c.rstr(r, c.B64URL, 37)
    return ("<head>\n  <script src=\"https://www.google.com/recaptcha/api.js?render=%s\"></script>\n"
            "  <script>window.ALGOLIA = { appId: \"%s\", searchOnlyKey: \"%s\" };</script>\n"
            "  <script>const stripe = Stripe('pk_live_%s');</script>\n</head>\n" % (
                site, c.rstr(r, c.UPPER_ALNUM, 10), c.rstr(r, c.HEX, 32), c.rstr(r, c.ALNUM, 99)))


def k_firebase_web(r):
    proj = "sashwright-survey-%d" % r.randrange(100, 999)
    return ("// src/firebase.js (web config is public by design)\nexport const firebaseConfig = {\n"
            "  apiKey: \"AIzaSy%s\",\n  authDomain: \"%s.firebaseapp.com\",\n  projectId: \"%s\",\n"
            "  storageBucket: \"%s.appspot.com\",\n  messagingSenderId: \"%s\",\n  appId: \"1:%s:web:%s\"\n};\n"
            "export const SENTRY_DSN = \"https://%s@o%d.ingest.sentry.io/%d\";\n" % (
                c.rstr(r, c.B64URL, 33), proj, proj, proj, c.rstr(r, c.DIGITS, 12), c.rstr(r, c.DIGITS, 12),
                c.rstr(r, c.HEX, 22), c.rstr(r, c.HEX, 32), r.randrange(100000, 999999), r.randrange(1000000, 9999999)))


OWN_KEYS = ["KILN_PAIRING_CODE", "PIPE_SCALE_SYNC_TOKEN", "TUNING_ROUNDS_SERVICE_JWT", "SHOP_APP_KEY",
            "SITE_TUNNEL_PRIVATE_KEY", "SURVEY_TOTP_SEED", "SHOPIFY_ADMIN_API_ACCESS_TOKEN",
            "TWILIO_ACCOUNT_AUTH_TOKEN", "MAILGUN_PRIVATE_API_KEY", "GLASS_KILN_CONTROLLER_PASSWORD",
            "HANWELL_ENVIRONMENTAL_CLOUD_API_KEY", "CLOUDFLARE_TUNNEL_TOKEN"]
PLACEHOLDERS = ["", "changeme", "<from-1password>", "${VAULT_VALUE}", "xxxx", "TODO", "REPLACE_ME", "null",
                "<paste here>", "set-in-ci"]


def k_env_template(r):
    keys = r.sample(OWN_KEYS, 6)
    return "# .env.template – copy to .env and fill in from the vault\n" + "".join(
        "%s=%s\n" % (k, r.choice(PLACEHOLDERS)) for k in keys)


def _camel(k):
    parts = k.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def k_helm_template(r):
    keys = r.sample(OWN_KEYS, 5)
    return "# values.template.yaml\nintegrations:\n" + "".join(
        "  %s: \"%s\"\n" % (_camel(k), r.choice(["", "REPLACE_ME", "<set by CI>", "xxxx"])) for k in keys)


def k_settings_ocr(r):
    rows = [("Stripe secret key", "sk_live_" + "•" * 12 + c.rstr(r, c.ALNUM, 4)),
            ("Mailgun API key", "key-" + "•" * 10 + c.rstr(r, c.HEX, 4)),
            ("Kiln pairing code", "kpc_••••-••••-••••-••••-" + c.rstr(r, c.DIGITS, 4)),
            ("Twilio auth token", "•" * 28 + c.rstr(r, c.HEX, 4)),
            ("Survey app admin", "••••••••")]
    r.shuffle(rows)
    return "[OCR of the integrations settings page]\n" + "".join("%s    %s    (Reveal)\n" % x for x in rows[:4])


def k_ci_masked(r):
    return ("$ ./deploy.sh production\n+ export SHOPIFY_ADMIN_API_ACCESS_TOKEN=***\n+ export PIPE_SCALE_SYNC_TOKEN=[MASKED]\n"
            "+ curl -H 'Authorization: Bearer ***' https://%s/api/health\n{\"ok\":true}\nJob succeeded\n" % w.host(r, "soft"))


def k_pointer_config(r):
    acct = c.rstr(r, c.DIGITS, 12)
    return ("# pointers only – values live in the stores\nKILN_PAIRING_CODE=ssm:/cameline/prod/kiln-pairing-code\n"
            "PIPE_SCALE_SYNC_TOKEN=doppler://cameline/prd/PIPE_SCALE_SYNC_TOKEN\n"
            "SHOPIFY_ADMIN_API_ACCESS_TOKEN=${{ secrets.SHOPIFY_ADMIN_API_ACCESS_TOKEN }}\n"
            "SURVEY_TOTP_SEED=op://Sashwright/Survey admin/totp\n"
            "TWILIO_ACCOUNT_AUTH_TOKEN=arn:aws:secretsmanager:eu-west-2:%s:secret:prod/twilio-%s\n"
            "QUOTES_DB=@Microsoft.KeyVault(SecretUri=https://kv-sashwright.vault.azure.net/secrets/quotes-db/)\n" % (
                acct, c.rstr(r, c.ALNUM, 6)))


def k_secretkeyref(r):
    return ("env:\n  - name: KILN_PAIRING_CODE\n    valueFrom:\n      secretKeyRef:\n        name: studio-integrations\n"
            "        key: kiln-pairing-code\n  - name: TUNING_ROUNDS_SERVICE_JWT\n    valueFrom:\n      secretKeyRef:\n"
            "        name: rounds-service\n        key: token\n")


def k_ansible_vault(r):
    blob = c.rstr(r, c.HEX, 80 * r.randrange(4, 7))
    return "# group_vars/kilns/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(blob[i:i + 80] for i in range(0, len(blob), 80)) + "\n"


def k_age_armor(r):
    hdr = ("age-encryption.org/v1\n-> X25519 %s\n%s\n--- %s\n" % (
        c.b64u(c.rbytes(r, 32)), c.b64u(c.rbytes(r, 32)), c.b64u(c.rbytes(r, 32)))).encode() + c.rbytes(r, r.randrange(60, 160))
    b = c.b64s(hdr)
    return ("Backup of the survey export, encrypted to the archive recipient:\n-----BEGIN AGE ENCRYPTED FILE-----\n" +
            "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END AGE ENCRYPTED FILE-----\n")


def k_sdk_readme(r):
    return ("## Quick start\n\n```bash\nexport SHOPIFY_ADMIN_API_ACCESS_TOKEN=\"shpat_your-token-here\"\n"
            "export MAILGUN_PRIVATE_API_KEY=\"<your-mailgun-key>\"\nnpm run sync\n```\n\nReplace the placeholders with the "
            "values from your own dashboard; never commit real keys.\n")


def k_curl_example(r):
    return ("Example request:\n\n    curl -s --user 'api:YOUR_API_KEY' \\\n      https://api.mailgun.example/v3/YOUR_DOMAIN/messages \\\n"
            "      -F from='Studio <studio@YOUR_DOMAIN>' -F to=you@example.com -F subject='Hello'\n\n"
            "Authorization: Bearer <token>\n")


def k_handbook(r):
    return ("4.2 Passwords and codes\nEvery kiln controller, cutting table and console setter has its own login. Choose a "
            "long passphrase, never reuse one between systems, and never write one on the kiln room whiteboard. "
            "Keys for the shop and the survey apps live in the password manager only; if you think one has leaked, "
            "tell %s the same day so it can be rotated.\n" % w.first(r))


def k_toolbox(r):
    return ("Toolbox talk – %s – site security\nAttendees: %s, %s, %s\nPoints: lock the site hut; do not share tablet "
            "unlock codes by text; the office will never ask for your password by phone; report lost tablets at once.\n"
            "Actions: none.\n" % (w.date(r), w.first(r), w.first(r), w.first(r)))


def bad_kpc(r):
    d = c.rstr(r, c.DIGITS, 19)
    good = c.damm_digit(d)
    bad = str((int(good) + r.randrange(1, 10)) % 10)
    d += bad
    assert not c.damm_valid(d)
    return "kpc_" + "-".join(d[i:i + 4] for i in range(0, 20, 4))


def bad_pss(r):
    body = c.rstr(r, c.ALNUM, 32)
    h = c.fnv1a32(body.encode()) ^ (1 << r.randrange(32))
    return "pss_%s_%08x" % (body, h)


def short_laravel(r):
    return "base64:" + c.b64s(c.rbytes(r, 31))


def k_validator_tests(r):
    return ("@pytest.mark.parametrize(\"token\", [\n    \"%s\",  # Damm digit wrong\n    \"%s\",  # FNV tail wrong\n"
            "    \"%s\",  # key is 31 bytes\n])\ndef test_rejects_bad_tokens(token):\n    assert not validate(token)\n" % (
                bad_kpc(r), bad_pss(r), short_laravel(r)))


def k_reject_log(r):
    return "".join("%sT%s:%02dZ sync-gateway WARN rejected token=%s reason=%s\n" % (
        w.date(r), w.clock(r), r.randrange(60), t, why) for t, why in
        [(bad_pss(r), "fnv_mismatch"), (bad_kpc(r), "damm_check_failed"), (bad_pss(r), "fnv_mismatch")])


def good_ksn(r):
    d = c.rstr(r, c.DIGITS, 11)
    return "KSN-%s%s" % (d, c.damm_digit(d))


def crate_label(r):
    body = c.rstr(r, c.ALNUM, 12)
    return "crt_%s_%08x" % (body, c.fnv1a32(body.encode()))


def k_serial_register(r):
    return "Kiln serial plates (public, stamped on the case)\n" + "".join(
        "%s  %s  installed %s\n" % (r.choice(["kiln-a", "kiln-b", "fuser"]), good_ksn(r), w.date(r)) for _ in range(3))


def k_crate_labels(r):
    return "Glass crate labels – printed on the outside of each crate\n" + "".join(
        "%s  %s\n" % (crate_label(r), r.choice(COLOURS)) for _ in range(4))


def k_access_log(r):
    out = []
    for _ in range(3):
        d = w.date(r)
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[int(d[5:7]) - 1]
        out.append("%s - - [%s/%s/%s:%s:%02d +0000] \"GET /api/visits HTTP/1.1\" 200 %d rid=%s traceparent=00-%s-%s-01" % (
            w.ip(r), d[8:], mon, d[:4], w.clock(r), r.randrange(60), r.randrange(200, 9000), c.uuid4(r), c.rstr(r, c.HEX, 32), c.rstr(r, c.HEX, 16)))
    return "\n".join(out) + "\n"


def k_ticket_footer(r):
    return ("Ticket #%d · Sentry event %s · request id %s · build %s\n" % (
        r.randrange(10000, 99999), c.rstr(r, c.HEX, 32), c.uuid4(r), c.rstr(r, c.HEX, 7)))


def k_organ_spec(r):
    return ("%s – specification (%d)\nGREAT: Open Diapason 8, Stopped Diapason 8, Principal 4, Twelfth 2 2/3, Fifteenth 2, "
            "Mixture III (19.22.26)\nSWELL: Gedackt 8, Salicional 8, Voix Celeste 8 (TC), Gemshorn 4, Cornopean 8, Tremulant\n"
            "PEDAL: Bourdon 16, Bass Flute 8\nCouplers: Sw-Gt, Gt-Ped, Sw-Ped. Compass 61/30. Wind 75 mm WG.\n" % (
                w.church(r), r.randrange(1870, 1912)))


def k_voicing_log(r):
    return ("Voicing log %s\nC1 open 8: cut-up 1/4, light nicking, toe %d mm, speech prompt\nc13 open 8: cut-up 2/9, "
            "toe %d mm, slightly slow\nwind %d mm WG at the chest, temp %d C\n" % (
                w.date(r), r.randrange(8, 20), r.randrange(6, 14), r.randrange(60, 90), r.randrange(12, 22)))


def k_glass_order(r):
    out = ["PO-%d glass order" % r.randrange(1000, 9999)]
    for _ in range(4):
        out.append("  LMB %d/%d %s  %d sheets" % (r.randrange(1000, 1100), r.randrange(1, 9), r.choice(COLOURS), r.randrange(1, 6)))
    out.append("  BUL %04d-%04d 3 mm  %d sheets" % (r.randrange(100), r.randrange(30, 60), r.randrange(1, 4)))
    return "\n".join(out) + "\n"


def k_firing_card(r):
    return ("Firing card – kiln-a – trace and matt\nSeg 1: 150 C/h to 540 C, hold 0\nSeg 2: AFAP to %d C, hold %d min\n"
            "Seg 3: AFAP to 516 C, hold 60 min (anneal)\nSeg 4: 80 C/h to 370 C, then off\n" % (r.randrange(640, 680), r.randrange(5, 15)))


def k_heritage_header(r):
    return ("HERITAGE STATEMENT – %s\nList entry number: 1%s · Grade %s · NGR SE %s %s\nPlanning ref: %d/%05d/LBC · Faculty "
            "ref: %d-%06d\n" % (w.church(r), c.rstr(r, c.DIGITS, 6), r.choice(["I", "II*", "II"]), c.rstr(r, c.DIGITS, 5),
                               c.rstr(r, c.DIGITS, 5), r.randrange(22, 26), r.randrange(100000), r.randrange(2022, 2026), r.randrange(1000000)))


def k_quote_refs(r):
    return ("Our ref: SHW-Q-%d-%04d   Your ref: %s/%d\nRe: repair of the east window, %s\nQuote valid 90 days from %s.\n" % (
        r.randrange(2024, 2026), r.randrange(10000), r.choice(["DAC", "PCC", "ARCH"]), r.randrange(100, 999), w.church(r), w.date(r)))


def k_pipe_sheet(r):
    out = ["Pipe lengths, open flue, v = 343 m/s (worked, for the new Dulciana)"]
    for note, f in [("C2", 65.41), ("G2", 98.0), ("C3", 130.81)]:
        L = 343000 / (2 * f)
        out.append("%s  %.2f Hz  ->  L = 343000 / (2 x %.2f) = %.1f mm (before end correction)" % (note, f, f, L))
    a, b = r.choice([(18, 54), (20, 50), (16, 48)])
    out.append("Blower drive: motor 1450 rpm, pulley %d->%d  ->  %.1f rpm fan" % (a, b, 1450 * a / b))
    return "\n".join(out) + "\n"


def k_came_sheet(r):
    W, H = r.choice([(600, 450), (450, 900), (300, 750)])
    m, n = r.randrange(1, 4), r.randrange(1, 4)
    return ("Came take-off – nave window N3, panel %d x %d mm\nborder 2 x (%d + %d) = %d mm\nuprights %d x %d = %d mm\n"
            "crosswise %d x %d = %d mm\ntotal %d mm of 6 mm H-section (+10%% waste)\n\nHymn 4, bar count check: q q h | h. q | w "
            "= 16 semiquavers each bar, fine\n" % (W, H, W, H, 2 * (W + H), m, H, m * H, n, W, n * W, 2 * (W + H) + m * H + n * W))


CLASSES = [
    ("glass_supplier_gtin_labels", "identifier", "GTIN-13 and SSCC-18 numbers with real GS1 mod-10 check digits on glass deliveries and crate labels",
     [("glass_sheet_delivery_note", k_delivery_note), ("cutting_room_label_queue", k_label_queue)]),
    ("conservation_library_isbn_list", "identifier", "ISBN-13 (GS1) and ISBN-10 (mod 11) numbers with real check digits on reading lists and loan slips (titles invented)",
     [("reading_list_bibliography", k_reading_list), ("library_loan_slip", k_loan_slip)]),
    ("organ_fund_iban_remittances", "identifier", "GB, DE and NL IBANs with real ISO 13616 mod-97 checks on an appeal leaflet and a payment run",
     [("donor_bank_transfer_details", k_donor_transfer), ("supplier_payment_run_csv", k_payment_run)]),
    ("survey_photo_sha3_blake2s_digests", "digest", "SHA3-256, BLAKE2s-256 and SHA-1 digests of random bytes in manifests and a delivery e-mail",
     [("photo_archive_manifest", k_photo_manifest), ("scan_delivery_checksum_email", k_checksum_email)]),
    ("shadow_yescrypt_bcrypt_rows", "hash", "yescrypt ($y$), sha512crypt ($6$) and bcrypt ($2y$) hashes, random in frame, one set in a column called password_hash",
     [("etc_shadow_excerpt", k_shadow), ("shop_customers_hash_column_dump", k_customers_dump)]),
    ("wireguard_and_ssh_ed25519_public_keys", "public_key", "real X25519 WireGuard peer public keys and real ssh-ed25519 public keys in wire format",
     [("wg_peer_blocks_conf", k_wg_peers), ("deploy_authorized_keys_file", k_authorized_keys)]),
    ("booking_widget_public_site_keys", "public_key", "public by design: reCAPTCHA site keys, Algolia app ids and search-only keys, Stripe pk_live_, Firebase web apiKey, Sentry DSN",
     [("booking_page_head_html", k_booking_head), ("survey_app_firebase_web_config", k_firebase_web)]),
    ("dotenv_template_blank_values", "placeholder", "this corpus's own key names with empty / changeme / <from-1password> / ${VAULT_VALUE} / xxxx / TODO values",
     [("env_template_file", k_env_template), ("helm_values_template", k_helm_template)]),
    ("masked_secret_previews", "masked", "bullet-masked previews keeping at most four characters of the secret part, *** and [MASKED] CI output",
     [("integrations_settings_screenshot_ocr", k_settings_ocr), ("ci_log_masked_output", k_ci_masked)]),
    ("secret_store_pointers", "pointer", "ssm:, doppler://, ${{ secrets.* }}, op://, Secrets Manager ARNs, Key Vault references and secretKeyRef blocks",
     [("ssm_and_doppler_reference_config", k_pointer_config), ("helm_secretkeyref_values", k_secretkeyref)]),
    ("ansible_vault_and_age_ciphertexts", "ciphertext", "Ansible Vault AES256 blobs and ASCII-armoured age files (random in frame; the age header is well formed)",
     [("group_vars_vault_file", k_ansible_vault), ("age_armored_backup_note", k_age_armor)]),
    ("vendor_doc_placeholder_snippets", "documentation", "quick-start and API-reference text with YOUR_API_KEY, <your-mailgun-key> and your-token-here placeholders",
     [("sdk_readme_quickstart", k_sdk_readme), ("api_docs_curl_example", k_curl_example)]),
    ("studio_password_policy_prose", "prose", "handbook and toolbox-talk prose about passwords and codes with no value",
     [("staff_handbook_it_section", k_handbook), ("toolbox_talk_record", k_toolbox)]),
    ("own_layout_bad_check_fixtures", "lookalike", "this corpus's own kpc_ / pss_ / base64: layouts with a wrong Damm digit, a wrong FNV-1a tail or a 31-byte key, in tests and a reject log",
     [("token_validator_test_cases", k_validator_tests), ("sync_gateway_reject_log", k_reject_log)]),
    ("public_labels_same_damm_and_fnv", "lookalike", "public kiln serial plates with a valid Damm digit (KSN-) and crate labels with a valid FNV-1a tail (crt_): the positives' algorithms, public values",
     [("kiln_serial_plate_register", k_serial_register), ("glass_crate_label_sheet", k_crate_labels)]),
    ("request_and_trace_identifiers", "identifier", "UUIDv4 request ids, W3C traceparent headers, Sentry event ids and build hashes",
     [("api_access_log_excerpt", k_access_log), ("support_ticket_footer_refs", k_ticket_footer)]),
    ("organ_stoplist_and_voicing_notes", "world", "organ specifications and voicing logs (stop names, pitches, cut-ups, wind pressures) that read like codes",
     [("organ_specification_sheet", k_organ_spec), ("voicing_log_entry", k_voicing_log)]),
    ("glass_catalogue_and_firing_codes", "world", "glass catalogue codes and kiln firing schedules",
     [("glass_order_line_items", k_glass_order), ("kiln_firing_schedule_card", k_firing_card)]),
    ("listed_building_and_faculty_references", "world", "list entry numbers, grid references, planning, faculty and quote references",
     [("heritage_statement_header", k_heritage_header), ("quote_letter_reference_block", k_quote_refs)]),
    ("genuine_workshop_calculation_sheets", "twin", "genuine pipe-length, gear, came take-off and bar-count calculations (the look of four evasions, carrying nothing)",
     [("pipe_length_and_gear_sheet", k_pipe_sheet), ("came_takeoff_and_rhythm_sheet", k_came_sheet)]),
]
CLASS_NAMES = [x[0] for x in CLASSES]


def wrap(name, body, r):
    if name == "":
        return body
    if name == "__in_mattermost_thread":
        return "**%s** in ~studio-ops:\nSharing for reference – nothing sensitive in it, it is all public or placeholder data.\n```\n%s```\n" % (w.person(r), body)
    if name == "__in_zendesk_internal_note":
        return "Internal note (%s): the client asked about the block below; it holds no credentials.\n\n%s" % (w.first(r), body)
    if name == "__in_signal_group_paste":
        return "%s (Signal, %s): pasting so we all have it, nothing private\n%s" % (w.first(r), w.clock(r), body)
    if name == "__in_gitea_pull_request_comment":
        return "**%s** commented on PR #%d:\n> reference data and fixtures only, no live keys\n\n%s" % (w.first(r).lower(), r.randrange(10, 400), body)
    if name == "__in_printed_job_pack_ocr":
        return "[OCR: printed job pack, page %d]\n%s– end of page –\n" % (r.randrange(1, 12), body)
    raise KeyError(name)


WRAPPERS = ["", "__in_mattermost_thread", "__in_zendesk_internal_note", "__in_signal_group_paste",
            "__in_gitea_pull_request_comment", "__in_printed_job_pack_ocr"]


def build(forbidden_check):
    """forbidden_check(text) -> list of reasons; a negative is redrawn while it has any."""
    r = random.Random(SEED)
    recs = []
    seen = set()
    for cname, group, desc, kinds in CLASSES:
        for kname, fn in kinds:
            for wr in WRAPPERS:
                for _ in range(100):
                    text = wrap(wr, fn(r), r)
                    if text in seen or forbidden_check(text):
                        continue
                    break
                else:
                    raise RuntimeError((cname, kname, forbidden_check(text)))
                seen.add(text)
                recs.append({"class": cname, "container": kname + wr, "text": text, "source": "negative"})
    return recs
