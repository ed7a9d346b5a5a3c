"""Negatives: 20 classes x 2 base kinds x 6 presentations; no negative holds a secret."""
import base64
import hashlib
import json
import random
import re

import common265 as C
import everyday265 as E
import world265 as W

# ---------------------------------------------------------------- real identifier checks
def issn_check(d7):
    s = sum(int(ch) * w for ch, w in zip(d7, range(8, 1, -1)))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def issn_ok(issn):
    d = issn.replace("-", "")
    return len(d) == 8 and d[:7].isdigit() and issn_check(d[:7]) == d[7]


def s10_check(d8):
    s = sum(int(ch) * w for ch, w in zip(d8, (8, 6, 4, 2, 3, 5, 9, 7)))
    r = 11 - s % 11
    return "0" if r == 10 else ("5" if r == 11 else str(r))


def s10_ok(t):
    m = re.match(r"^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$", t)
    return bool(m) and s10_check(m.group(1)) == m.group(2)


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in s)
    return int(n) % 97 == 1


def iban_make(country, bban):
    s = bban + country + "00"
    n = "".join(str(int(ch, 36)) for ch in s)
    return country + "%02d" % (98 - int(n) % 97) + bban


def self_test_ids():
    assert issn_ok("0317-8471") and issn_ok("2049-3630") and not issn_ok("0317-8472")
    assert s10_ok("RR123456785GB") and not s10_ok("RR123456784GB")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000") and not iban_ok("GB82WEST12345698765433")
    assert iban_make("GB", "WEST12345698765432") == "GB82WEST12345698765432"


def spaced_iban(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


# ---------------------------------------------------------------- helpers
BCRYPT64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
CRYPT64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def mac(rng):
    return ":".join("%02x" % rng.randrange(256) for _ in range(6))


def fp(rng):
    return ":".join("%02X" % b for b in C.rbytes(rng, 32))


def ssh_pub(rng):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + C.rbytes(rng, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def ulid(rng):
    return C.rstr(rng, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)


# ---------------------------------------------------------------- classes
def n_issn(k, rng):
    rows = []
    titles = ["Typewriter Exchange", "The Writing Equipment Journal", "Pen World Notes", "Stationery Trade Review",
              "Letterpress Quarterly", "Ink and Nib", "Paper Craft Monthly"]
    for t in rng.sample(titles, 4):
        d7 = C.rstr(rng, C.DIGITS, 7)
        issn = d7[:4] + "-" + d7[4:] + issn_check(d7)
        rows.append((t, issn))
    if k == 0:
        return "Subscriptions renewing in April (print ISSN shown):\n" + "\n".join("- %s, ISSN %s, %d issues" % (t, i, rng.choice([4, 6, 12])) for t, i in rows)
    return "title,issn,supplier,renewal\n" + "\n".join("%s,%s,EBSCO,2025-04-01" % (t, i) for t, i in rows)


def n_s10(k, rng):
    nums = []
    for _ in range(4):
        d8 = C.rstr(rng, C.DIGITS, 8)
        nums.append(rng.choice(["RR", "CX", "LX", "VB"]) + d8 + s10_check(d8) + "GB")
    if k == 0:
        return "despatch_date,order,service,tracking\n" + "\n".join("2025-03-%02d,HT-%d,International Tracked,%s" % (rng.randrange(10, 28), rng.randrange(4000, 9000), n) for n in nums)
    return ("Subject: Your repaired pen is on its way\n\nHello,\n\nyour parcel left us today. You can follow it with the Royal Mail "
            "reference %s on the Royal Mail website. Parcels to Europe usually take 4 to 7 working days.\n\nQuillon & Daughters" % nums[0])


def n_iban(k, rng):
    banks = ["WEST", "BARC", "LOYD", "NWBK", "MIDL"]
    ibans = [iban_make("GB", rng.choice(banks) + C.rstr(rng, C.DIGITS, 14)) for _ in range(3)]
    de = iban_make("DE", C.rstr(rng, C.DIGITS, 18))
    if k == 0:
        return ("Marbury Stationers Ltd, 4 Quiet Street, Bath. VAT registered.\nPlease pay to: %s (BIC %s)\n"
                "Euro payments: %s\n" % (spaced_iban(ibans[0]), rng.choice(["NWBKGB2L", "BARCGB22"]), spaced_iban(de)))
    return "payee,iban,amount,reference\n" + "\n".join("%s,%s,%d.%02d,INV-%d" % (p, i, rng.randrange(20, 900), rng.randrange(100), rng.randrange(1000, 9999))
                                                      for p, i in zip(["Diamine Ltd", "Exaclair Ltd", "J Short Associates"], ibans))


def n_digests(k, rng):
    if k == 0:
        lines = ["%s  IMG_%04d.jpg" % (hashlib.sha3_256(C.rbytes(rng, 64)).hexdigest(), rng.randrange(1000, 9999)) for _ in range(4)]
        return "# SHA3-256 of the intake photos, ticket HT-%d\n" % rng.randrange(4000, 9000) + "\n".join(lines)
    lines = ["%s  grindprofile-2.%d.%d-%s.zip" % (hashlib.sha512(C.rbytes(rng, 64)).hexdigest(), rng.randrange(0, 9), rng.randrange(0, 20), a)
             for a in ("win64", "macos")]
    return "SHA512SUMS\n" + "\n".join(lines)


def n_hashes(k, rng):
    if k == 0:
        rows = []
        for login in rng.sample(W.LOGINS, 3):
            h = "$2y$12$" + C.rstr(rng, BCRYPT64, 22) + C.rstr(rng, BCRYPT64, 31)
            rows.append("| %3d | %-12s | %s |" % (rng.randrange(1, 200), login, h))
        return "mysql> SELECT id, name, password FROM users LIMIT 3;\n+-----+--------------+--------------------------------------------------------------+\n" + "\n".join(rows) + "\n3 rows in set (0.00 sec)"
    rows = []
    for login in rng.sample(W.LOGINS, 3):
        rows.append("%s:$y$j9T$%s$%s:20129:0:99999:7:::" % (login, C.rstr(rng, CRYPT64, 22), C.rstr(rng, CRYPT64, 43)))
    return "# /etc/shadow excerpt (till bridge image)\n" + "\n".join(rows)


def n_pubkeys(k, rng):
    if k == 0:
        keys = [{"kty": "OKP", "crv": "Ed448", "kid": E.ED_KID, "use": "sig", "x": C.b64u(E.ed448_pub())}]
        for i in range(2):
            other = C.ed448_public(C.rbytes(rng, 57))
            keys.append({"kty": "OKP", "crv": "Ed448", "kid": "qtr-ed448-2024-%02d" % (9 + i), "use": "sig", "x": C.b64u(other)})
        return "GET https://tracker.quillon-pens.example/.well-known/jwks.json\n" + json.dumps({"keys": keys}, indent=2)
    hosts = ["till02", "nas01", "odoo.marbury-stationers.example", "tracker.quillon-pens.example"]
    return "\n".join("%s %s" % (h, ssh_pub(rng)) for h in rng.sample(hosts, 3))


def n_publishable(k, rng):
    pk = "pk_live_" + C.rstr(rng, C.ALNUM, 99)
    site = "6L" + rng.choice("cdef") + C.rstr(rng, C.B64URL, 37)
    phc = "phc_" + C.rstr(rng, C.ALNUM, 43)
    dsn = "https://%s@o%d.ingest.de.sentry.io/%d" % (C.rstr(rng, C.HEXL, 32), rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 6, 10 ** 7))
    if k == 0:
        return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>const stripe = Stripe('%s');</script>\n"
                "<div class=\"g-recaptcha\" data-sitekey=\"%s\"></div>\n<script>posthog.init('%s', {api_host: 'https://eu.i.posthog.com'})</script>\n"
                % (pk, site, phc))
    return json.dumps({"sentryDsn": dsn, "posthogProjectKey": phc, "recaptchaSiteKey": site,
                       "plausibleDomain": "shop.marbury-stationers.example"}, indent=2)


def n_placeholders(k, rng):
    names = ["APP_KEY", "SHOP_APP_KEY", "PARTS_QUEUE_KEY", "NIB_PROFILE_LICENCE", "TILL_BRIDGE_TOKEN", "REPAIR_TRACKER_JWT",
             "EPOS_SUPERVISOR_PASSWORD", "STRIPE_LIVE_SECRET_KEY", "KLAVIYO_PRIVATE_API_KEY"]
    vals = ["", "changeme", "TODO", "REPLACE_ME", "<set in fly secrets>", "${%s}", "xxxxxxxx", "base64:", "see 1Password"]
    pick = rng.sample(names, 5)
    if k == 0:
        out = []
        for n in pick:
            v = rng.choice(vals)
            out.append("%s=%s" % (n, v % n if "%s" in v else v))
        return "# .env.example (copy to .env and fill in)\n" + "\n".join(out)
    return "# values.yaml defaults (override per environment)\nsecrets:\n" + "\n".join("  %s: \"%s\"" % (C.words_to_style(n.lower().split("_"), "camel"), rng.choice(["", "changeme", "REPLACE_ME", "{{ .Values.global.placeholder }}"])) for n in pick)


def n_masked(k, rng):
    rows = [("Stripe", "sk_live_" + "\u2022" * 12 + C.rstr(rng, C.ALNUM, 4)), ("Klaviyo", "pk_" + "\u2022" * 10 + C.rstr(rng, C.ALNUM, 3)),
            ("Parts queue", "hpq_" + "*" * 16), ("Till bridge", "tbr." + "\u2022" * 8), ("Brevo", "xkeysib-" + "*" * 12 + C.rstr(rng, C.HEXL, 4))]
    if k == 0:
        return "Integrations (screenshot text)\n" + "\n".join("%-12s %s   [Reveal]  [Rotate]" % r for r in rows)
    return ("$ ./deploy.sh production\n+ export SHOP_APP_KEY=[MASKED]\n+ export STRIPE_LIVE_SECRET_KEY=***\n+ php artisan config:cache\n"
            "Configuration cached successfully.\n+ curl -fsS -H 'Authorization: Bearer ****' https://odoo.marbury-stationers.example/health\nok")


def n_refs(k, rng):
    if k == 0:
        return ("template {\n  data = <<EOH\n{{ with secret \"kv/data/marbury/shop\" }}\nAPP_KEY={{ .Data.data.app_key }}\n"
                "TILL_BRIDGE_TOKEN={{ .Data.data.till_bridge_token }}\n{{ end }}\nEOH\n  destination = \"secrets/app.env\"\n  env = true\n}")
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: tracker\nspec:\n  secretStoreRef:\n    name: aws-ssm\n"
            "    kind: ClusterSecretStore\n  data:\n    - secretKey: REPAIR_TRACKER_JWT\n      remoteRef:\n        key: arn:aws:ssm:eu-west-2:%d:parameter/quillon/tracker/jwt\n"
            "    - secretKey: NIB_PROFILE_LICENCE\n      remoteRef:\n        key: op://Workshop/nib-profile/licence\n" % rng.randrange(10 ** 11, 10 ** 12))


def n_cipher(k, rng):
    if k == 0:
        body = base64.b64encode(C.rbytes(rng, 300)).decode()
        lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
        return ("Subject: Price list for next season (encrypted)\n\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n"
                % (lines, C.rstr(rng, C.B64STD, 4)))
    hexbody = C.rstr(rng, C.HEXL, 320)
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexbody[i:i + 80] for i in range(0, len(hexbody), 80))


def n_docs(k, rng):
    if k == 0:
        return ("## Quick start\n\n1. Create a parts-queue key in the admin (it starts with `hpq_`).\n2. Export it:\n\n"
                "```sh\nexport PARTS_QUEUE_KEY=hpq_<30 characters>_<12 hex>\n```\n\n3. Call `GET /api/queue` with the header "
                "`Authorization: Bearer $PARTS_QUEUE_KEY`.")
    return ("| setting | example | notes |\n|---|---|---|\n| tillBridgeToken | `tbr.xxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxx` | issued per till |\n"
            "| nibProfileLicence | `NGP-XXXX-XXXX-XXXX-XXXX-X` | printed on the licence card |\n| stripeKey | `sk_live_...` | never in the front end |")


def n_policy(k, rng):
    if k == 0:
        return ("Logins and keys (staff handbook, section 6)\nEvery bench has its own login. Choose a long one you can type with "
                "oily fingers, never the name of a pen or a typewriter model with a number tacked on. Do not write it on the "
                "monitor, the bench card or the back of a receipt. Keys for the shop, the till bridge and the tracker live in "
                "the password manager only; if you ever paste one into a chat, tell Lorcan the same day so it can be rotated.")
    return ("Induction checklist, bench apprentices\n[ ] shown where the password manager is and how to ask for access\n"
            "[ ] knows that the intake kiosk admin login is never shared\n[ ] knows to lock the grinding bench PC when leaving it\n"
            "[ ] has read the note on phishing e-mails about 'pen show refunds'")


def n_lookalikes(k, rng):
    rows = []
    body = C.rstr(rng, C.ALNUM, 30)
    good = C.sha3_tail(body, 12)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    rows.append(("hpq_%s_%s" % (body, bad), "sha3 tail mismatch"))
    while True:
        b16 = C.rstr(rng, C.UPPER + C.DIGITS, 16)
        ch = C.code39_check(b16)
        wrong = rng.choice([x for x in "0123456789ABCDEFGHJKMNPQRSTVWXYZ" if x != ch])
        break
    rows.append(("NGP-%s-%s-%s-%s-%s" % (b16[:4], b16[4:8], b16[8:12], b16[12:], wrong), "code39 check wrong"))
    tb = C.rstr(rng, C.LALNUM, 26)
    eh = C.elf_hash(tb.encode())
    rows.append(("tbr.%s.%07x" % (tb, (eh ^ 0x10) & 0xFFFFFFF), "elf hash mismatch"))
    rows.append(("base64:" + base64.b64encode(C.rbytes(rng, 31)).decode(), "app key decodes to 31 bytes"))
    if k == 0:
        return "# tests/test_validators.py\nREJECT = [\n" + "\n".join("    (%r, %r)," % r for r in rows) + "\n]"
    return "\n".join("2025-03-17T09:%02d:%02dZ bridge WARN rejected credential value=%s reason=\"%s\"" % (rng.randrange(60), rng.randrange(60), v, why) for v, why in rows)


def n_trace(k, rng):
    if k == 0:
        return "\n".join('%s - - [17/Mar/2025:10:%02d:%02d +0000] "POST /webhooks/odoo HTTP/1.1" 200 2 "-" "Odoo" request_id=%s'
                         % (W.ip(rng), rng.randrange(60), rng.randrange(60), C.uuid4(rng)) for _ in range(4))
    return "\n".join("delivery %s  event=order.paid  status=200  traceparent=00-%s-%s-01  idempotency=%s"
                     % (ulid(rng), C.rstr(rng, C.HEXL, 32), C.rstr(rng, C.HEXL, 16), C.uuid4(rng)) for _ in range(3))


def n_serials(k, rng):
    if k == 0:
        models = [("Olympia SM3", "%d" % rng.randrange(1000000, 1999999)), ("Hermes 3000", "3%06d" % rng.randrange(10 ** 6)),
                  ("Smith-Corona Silent-Super", "5LT%d" % rng.randrange(100000, 999999)), ("Olivetti Lettera 32", "%d" % rng.randrange(2000000, 4000000)),
                  ("Royal Quiet De Luxe", "A-%d" % rng.randrange(1000000, 2000000))]
        return "model,serial,year_from_serial,bench\n" + "\n".join("%s,%s,%d,BENCH-0%d" % (m, s, rng.randrange(1935, 1975), rng.randrange(1, 5)) for m, s in rng.sample(models, 4))
    return ("Bench note, date codes seen this week\nParker 51 Aerometric, imprint 'MADE IN U.S.A.' with a trailing %d (year digit)\n"
            "Parker 75, barrel code %s (letter for the year from the QUALITYPEN word, then the quarter)\n"
            "Sheaffer Snorkel, no code; Waterman Ideal 52 1/2 V, lever filler, serial-free\nConway Stewart 58, cap band worn"
            % (rng.randrange(0, 10), rng.choice("QUALITYPEN") + rng.choice(["I", "II", "III", "IV"])))


def n_specs(k, rng):
    inks = ["Oxblood", "Sepia", "Blue Black", "Bilberry", "Registrar's", "Pumpkin", "Teal"]
    if k == 0:
        return "\n".join("%-14s #%s  bottle 50 ml  %s" % (n, C.rstr(rng, C.HEXL, 6), rng.choice(["sheen", "shading", "flat"])) for n in rng.sample(inks, 5))
    return ("Nib grind spec, ticket QP-%d\nnib: #6 steel, fine, tipping 0.38 mm\ngrind: cursive italic, 0.6 mm line, 15 degree foot\n"
            "feed: heat-set, flow +1\nwheel: 2000 grit then 12000 micromesh, 1800 rpm\n" % rng.randrange(1000, 9999))


def n_puzzles(k, rng):
    import enc265
    if k == 0:
        ca, cb = rng.randrange(20, 40), rng.randrange(30, 44)
        a = enc265.e_centre(ca, rng)
        b = enc265.e_shelf(cb, rng)
        return ("Pen Club puzzle answers, February issue\n1. Centre the heading on a 10-pitch machine: %s. Answer: start at column %d.\n"
                "2. Display row %s: the stands you can see add up to %d.\n3. Which pen is hidden in the word search? The Vacumatic.\n"
                % (a, ca, b, cb))
    g = enc265.e_mines(rng.randrange(10, 30), rng)
    return ("Homework, marked. Count the clue total of this minesweeper board: %s\nAnswer given: %d (correct, well done)\n"
            % (g, enc265._mine_total([list(r) for r in g.split("/")])))


def n_devices(k, rng):
    if k == 0:
        devs = [("till bridge", "Raspberry Pi 4"), ("label printer", "Zebra ZD421"), ("intake kiosk", "Lenovo M70q"),
                ("grinding bench PC", "Dell OptiPlex 3080"), ("ink bar tablet", "Lenovo Tab M10")]
        return "device,model,mac,serial\n" + "\n".join("%s,%s,%s,%s" % (d, m, mac(rng), C.rstr(rng, C.UALNUM, 10)) for d, m in rng.sample(devs, 4))
    return "\n".join("%d %s %s %s *" % (1742200000 + rng.randrange(10 ** 5), mac(rng), W.ip(rng), h) for h in rng.sample(["till02", "zd421", "kiosk", "tablet-ink", "nas01"], 4))


def n_fingerprints(k, rng):
    if k == 0:
        return ("Certificate for repairs.quillon-pens.example\nIssuer: C=US, O=Let's Encrypt, CN=E6\nSerial: %s\n"
                "SHA-256 fingerprint: %s\nNot after: Jun 15 09:12:44 2025 GMT" % (":".join(C.rstr(rng, C.HEXL, 2) for _ in range(18)), fp(rng)))
    return "\n".join("256 SHA256:%s %s (ED25519)" % (base64.b64encode(C.rbytes(rng, 32)).decode().rstrip("="), h) for h in ["till02", "nas01", "odoo"])


CLASSES = [
    ("stationery_periodical_issn_numbers", ["trade_magazine_subscription_list", "library_serials_order_csv"], n_issn,
     "ISSNs of trade periodicals with real ISSN mod-11 check characters"),
    ("parcel_s10_tracking_numbers", ["despatch_manifest_csv", "customer_tracking_email"], n_s10,
     "UPU S10 parcel tracking numbers with real S10 check digits (weights 8 6 4 2 3 5 9 7, mod 11)"),
    ("supplier_iban_account_numbers", ["supplier_invoice_bank_footer", "payment_run_remittance_csv"], n_iban,
     "GB and DE IBANs with real ISO 13616 mod-97 check digits"),
    ("photo_and_firmware_sha3_digests", ["intake_photo_sha3_manifest", "grindprofile_sha512sums"], n_digests,
     "SHA3-256 and SHA-512 digests of random bytes"),
    ("staff_bcrypt_and_yescrypt_hashes", ["laravel_users_table_dump", "till_image_shadow_excerpt"], n_hashes,
     "bcrypt $2y$ strings in a password column and yescrypt $y$ shadow lines (random in frame)"),
    ("ed448_jwks_and_ssh_host_keys", ["repair_tracker_jwks_json", "ssh_known_hosts_lines"], n_pubkeys,
     "the real public Ed448 JWK of this corpus's signer with other real Ed448 public points, and ssh-ed25519 host keys"),
    ("shop_publishable_and_site_keys", ["shop_checkout_script_tags", "ink_app_public_config_json"], n_publishable,
     "public by design: Stripe pk_live_, reCAPTCHA site keys, PostHog project keys, Sentry DSNs"),
    ("env_example_placeholder_files", ["laravel_env_example", "helm_values_defaults_yaml"], n_placeholders,
     "this corpus's own key names with empty, changeme, TODO, REPLACE_ME and template values"),
    ("dashboard_masked_key_previews", ["integrations_settings_screen_text", "deploy_job_masked_log"], n_masked,
     "masked previews keeping at most four characters, *** and [MASKED] CI output"),
    ("vault_and_parameter_store_references", ["nomad_template_vault_refs", "external_secret_manifest"], n_refs,
     "pointers: Vault template paths, SSM parameter ARNs, op:// references"),
    ("pgp_and_ansible_vault_ciphertexts", ["pgp_armored_price_list_mail", "ansible_vault_encrypted_file"], n_cipher,
     "armored PGP messages and $ANSIBLE_VAULT;1.1;AES256 bodies (random in frame)"),
    ("vendor_docs_placeholder_snippets", ["parts_queue_quickstart_markdown", "settings_reference_table_md"], n_docs,
     "documentation with <...> placeholders and x-filled shapes of this corpus's layouts"),
    ("workshop_security_policy_prose", ["staff_handbook_logins_section", "bench_induction_checklist"], n_policy,
     "handbook and checklist prose about logins with no value"),
    ("broken_check_lookalike_fixtures", ["validator_unit_test_cases", "till_bridge_reject_log"], n_lookalikes,
     "this corpus's own hpq_ / NGP- / tbr. / Laravel shapes with a wrong SHA3 tail, Code 39 check, ELF hash or a 31-byte key"),
    ("webhook_request_trace_identifiers", ["nginx_access_log_request_ids", "webhook_delivery_history"], n_trace,
     "UUIDv4 request ids, ULIDs, W3C traceparent values and idempotency keys"),
    ("typewriter_serial_and_pen_date_codes", ["typewriter_serial_register_csv", "pen_date_code_bench_note"], n_serials,
     "typewriter serial numbers and pen date codes that read like codes"),
    ("ink_and_nib_specification_sheets", ["ink_bar_swatch_catalogue", "nib_grind_spec_card"], n_specs,
     "ink names with hex colours and nib grind specifications"),
    ("genuine_pen_club_puzzle_pages", ["pen_club_puzzle_answer_page", "apprentice_homework_marked"], n_puzzles,
     "genuine centring, display-row and minesweeper puzzles with their answers (the look of the evasions, carrying nothing)"),
    ("device_mac_and_serial_inventory", ["workshop_device_register_csv", "dnsmasq_leases_excerpt"], n_devices,
     "MAC addresses, device serials and DHCP leases"),
    ("tls_certificate_fingerprints", ["repair_site_certificate_details", "ssh_keyscan_sha256_fingerprints"], n_fingerprints,
     "certificate serials and SHA-256 fingerprints, SSH SHA256 fingerprints"),
]

WRAPPERS = [
    ("", None),
    ("__pasted_into_zulip_topic", lambda b, r: "**%s** in #ops > reference:\n```\n%s\n```\nnothing private in this one, just for the record" % (r.choice(W.FIRST), b)),
    ("__attached_to_zammad_ticket", lambda b, r: "Zammad ticket #%d, attachment notes.txt (public reference data):\n%s\n-- end of attachment" % (r.randrange(10000, 99999), b)),
    ("__quoted_in_trade_newsletter", lambda b, r: "From this month's trade newsletter (dummy data, as printed):\n> " + b.replace("\n", "\n> ")),
    ("__printed_on_packing_slip", lambda b, r: "PACKING SLIP  order %d\n%s\nThank you for shopping with us." % (r.randrange(10000, 99999), b)),
    ("__read_out_in_standup_notes", lambda b, r: "Stand-up notes %s: read out for the new starter, nothing sensitive:\n%s" % (r.choice(["Mon", "Tue", "Wed", "Thu"]), b)),
]


def clean_problem(text, reg):
    if C.PW_FORM_ANY_RE.search(text):
        return "password form"
    if C.JWT_RE.search(text):
        return "jwt"
    if C.non_v4_uuids(text):
        return "uuid"
    for s in reg.items:
        if len(s) >= 6 and s in text:
            return "registered string"
    return None


def build(reg):
    rng = random.Random(C.SEEDS["negatives"])
    recs = []
    seen = set()
    for cls, kinds, gen, _ in CLASSES:
        for ki, kind in enumerate(kinds):
            for wname, wrap in WRAPPERS:
                for _ in range(200):
                    base = gen(ki, rng)
                    text = base if wrap is None else wrap(base, rng)
                    if text in seen or clean_problem(text, reg):
                        continue
                    break
                else:
                    raise RuntimeError(cls)
                seen.add(text)
                recs.append({"class": cls, "container": kind + wname, "text": text, "source": "negative"})
    return recs
