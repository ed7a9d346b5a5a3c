"""Negatives: 20 classes x 2 base kinds x 6 presentations, from the same world; no secret in any of them."""
import base64
import hashlib
import json
import struct

from common259 import (ALNUM, DIGITS, HEXL, LALNUM, LOWER, SIPHASH_KEY, UALNUM, UPPER, B64STD, b64std, b64url,
                       cas_check, ec_mul, iban_make, imo_check, lei_make, mod1110, murmur3_32,
                       rbytes, rstr, s10_check, siphash24, uuid4, P256_G, P256_N, aba_ok)
from world259 import FIRMS, PEOPLE

H = {f: FIRMS[f][1] for f in FIRMS}

WRAPPERS = [
    ("", None),
    ("__pasted_in_whatsapp_group", "[%02d/%02d/2024, %02d:%02d] %s: pasting this so it's in the group - nothing secret in it, just reference numbers\n%s\n"),
    ("__quoted_in_zendesk_ticket", "Ticket #%d - internal note by %s\nQuoting the customer's paste below for context (public information, no logins):\n> %s\n"),
    ("__kept_in_notion_page", "# Reference (Notion) - last edited by %s\nThis page is safe to share outside the team; it holds no credentials.\n\n```\n%s\n```\n"),
    ("__sent_as_slack_snippet", "%s shared a snippet in #shop-ops: \"for the record, these are public ids / examples only\"\n---\n%s\n---\n"),
    ("__attached_to_trello_card", "Card: \"Tidy supplier records\" - attachment text (checked by %s, no passwords or keys):\n%s\n"),
]


def wrap(i, text, rng):
    name, tpl = WRAPPERS[i]
    if tpl is None:
        return text
    p = rng.choice(PEOPLE)
    if i == 1:
        return tpl % (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(8, 19), rng.randrange(60), p, text)
    if i == 2:
        return tpl % (rng.randrange(10000, 99999), p, text.replace("\n", "\n> "))
    return tpl % (p, text)


def _date(r):
    return "2024-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 29))


# ------------------------------------------------------------------ identifiers with check digits
def s10(r):
    ser = rstr(r, DIGITS, 8)
    return "%s%s%d%s" % (r.choice(["AB", "RM", "VA", "ZT", "KE"]), ser, s10_check(ser), "GB")


def n_manifest(r, ctx):
    lines = ["service,tracking,postcode,weight_kg,items"]
    for _ in range(r.randrange(3, 6)):
        lines.append("TRK48,%s,%s%d %d%s,%.1f,%s" % (s10(r), r.choice(["WS", "B", "LE", "DE", "SY"]), r.randrange(1, 20),
                                                     r.randrange(1, 9), rstr(r, "ABDEFGHJLNPQRSTUWXYZ", 2),
                                                     r.uniform(0.4, 9.5), r.choice(["girth", "headcollar", "numnah", "bridle", "rug"])))
    return "Royal Mail despatch manifest %s\n%s\n" % (_date(r), "\n".join(lines))


def n_dispatch_email(r, ctx):
    return ("Subject: Your order from Bridlecombe Tack has been dispatched\n\nHi %s,\n\nGood news - your %s is on its way with Royal Mail "
            "Tracked 48. Your tracking number is %s and you can follow it on the Royal Mail website.\n\nThanks,\nBridlecombe Tack\n"
            % (r.choice(PEOPLE).split()[0], r.choice(["synthetic saddle", "leather headcollar", "dressage girth", "hunter bridle"]), s10(r)))


def cas(r):
    body = rstr(r, DIGITS, r.randrange(4, 7))
    body = str(int(body[0]) or 1) + body[1:]
    return "%s-%s-%d" % (body[:-2], body[-2:], cas_check(body))


def n_sds(r, ctx):
    return ("SAFETY DATA SHEET (extract) - %s\nSection 3: Composition\n" % r.choice(["Spirit Dye Dark Brown", "Edge Kote Black",
                                                                                  "Resolene Finish", "Leather Balsam"])
            + "\n".join("  component %s: CAS %s  EC -  conc. %d-%d%%" % (c, cas(r), lo, lo + 5)
                        for c, lo in zip("ABC", [r.randrange(1, 40) for _ in range(3)])) + "\n")


def n_dye_shelf(r, ctx):
    rows = ["shelf,product,cas,litres"]
    for _ in range(r.randrange(3, 6)):
        rows.append("%s%d,%s,%s,%.1f" % (r.choice("ABC"), r.randrange(1, 6), r.choice(["oil dye tan", "neatsfoot compound",
                                                                                       "edge paint", "gum tragacanth", "deglazer"]),
                                         cas(r), r.choice([0.5, 1.0, 2.5, 5.0])))
    return "dye store inventory (Curriers' Row)\n" + "\n".join(rows) + "\n"


def imo(r):
    six = str(r.randrange(900000, 999999))
    return "IMO %s%d" % (six, imo_check(six))


def lei(r):
    return lei_make(rstr(r, DIGITS, 4) + "00" + rstr(r, UALNUM, 12))


def n_bill_of_lading(r, ctx):
    return ("Shipment of wet-blue hides, Livorno -> Felixstowe\nVessel: MSC %s (%s), voyage %s%d\nFeeder: %s\nBL ref %s%d\n"
            % (r.choice(["ARIANE", "GIULIA", "SOFIA", "ELENA"]), imo(r), rstr(r, UPPER, 2), r.randrange(100, 999), imo(r),
               rstr(r, UPPER, 4), r.randrange(1000000, 9999999)))


def n_lei_register(r, ctx):
    return ("Supplier LEI register (GLEIF lookup, %s)\n" % _date(r)
            + "\n".join("%s  %s" % (lei(r), nm) for nm in r.sample(["Conceria Toscana SpA", "Sedgwick Leather Ltd",
                                                                    "Abbey England Ltd", "Weaver Leather LLC",
                                                                    "Tandy Leather Inc"], 3)) + "\n")


def gb_iban(r):
    return iban_make("GB", rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + rstr(r, DIGITS, 14))


def aba(r):
    while True:
        s = "0" + rstr(r, DIGITS, 8)
        if aba_ok(s):
            return s


def n_bank_sheet(r, ctx):
    ib = gb_iban(r)
    grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ("Supplier bank details (from their invoice footer)\nPayee: Sedgwick Leather Ltd\nIBAN: %s\nBIC: %sGB2L\n"
            "Remittance to accounts@%s\n" % (grouped, rstr(r, UPPER, 4), H["bridlecombe"]))


def n_wire(r, ctx):
    return ("Wire instructions - Weaver Leather Supply (USD)\nBank routing (ABA): %s\nAccount: ****%s\nReference: invoice %d\n"
            % (aba(r), rstr(r, DIGITS, 4), r.randrange(10000, 99999)))


def chip(r):
    return "826" + rstr(r, DIGITS, 12)


def ueln(r):
    return "826%03d%s" % (r.randrange(1, 60), rstr(r, DIGITS, 9))


def n_horse_register(r, ctx):
    rows = ["horse,owner,microchip,ueln,height_hh"]
    for _ in range(r.randrange(2, 5)):
        rows.append("%s,%s,%s,%s,%d.%d" % (r.choice(["Bramble", "Pepper", "Juniper", "Dougal", "Maple", "Nutmeg"]),
                                           r.choice(PEOPLE).split()[-1], chip(r), ueln(r), r.randrange(13, 17),
                                           r.randrange(0, 4)))
    return "saddle-fit client horses\n" + "\n".join(rows) + "\n"


def n_fit_report_header(r, ctx):
    return ("HARROWGATE SADDLERY - FITTING REPORT\nHorse: %s   Microchip: %s   UELN: %s\nSaddle: Albion K2 %.1f in, tree %s\nDate: %s\n"
            % (r.choice(["Bramble", "Pepper", "Juniper", "Dougal"]), chip(r), ueln(r), r.choice([16.5, 17.0, 17.5, 18.0]),
               r.choice(["MW", "W", "XW", "M"]), _date(r)))


# ------------------------------------------------------------------ digests and hashes
def n_changelog(r, ctx):
    lines = ["stock-sync CHANGELOG", ""]
    for v in range(r.randrange(2, 5)):
        sha = hashlib.sha1(rbytes(r, 32)).hexdigest()
        lines.append("## 1.%d.%d (%s)  commit %s" % (r.randrange(2, 9), v, _date(r), sha))
        lines.append("- %s (%s)" % (r.choice(["retry Abbey feed on 502", "round trade prices to 2dp", "skip discontinued SKUs"]),
                                    sha[:7]))
    return "\n".join(lines) + "\n"


def n_etags(r, ctx):
    rows = []
    for _ in range(r.randrange(3, 6)):
        md5 = hashlib.md5(rbytes(r, 64)).hexdigest()
        etag = md5 if r.random() < 0.5 else "%s-%d" % (md5, r.randrange(2, 9))
        rows.append("%s  %8d  \"%s\"  product-photos/%s.jpg" % (_date(r), r.randrange(40000, 900000), etag,
                                                                  r.choice(["bridle", "girth", "numnah", "saddle"]) + "-" + rstr(r, LALNUM, 5)))
    return "$ aws s3api list-objects-v2 --bucket bridlecombe-media --query 'Contents[].[LastModified,Size,ETag,Key]' --output text\n" + "\n".join(rows) + "\n"


BC64 = "./" + UPPER + LOWER + DIGITS


def n_bcrypt_rows(r, ctx):
    rows = ["id | email | hash_col | created_at"]
    for i in range(r.randrange(2, 5)):
        h = "$2y$12$" + rstr(r, BC64, 22) + rstr(r, BC64, 31)
        rows.append("%d | %s@%s | %s | %s" % (r.randrange(1, 999), r.choice(PEOPLE).split()[0].lower().replace("-", ""),
                                              H["bridlecombe"], h, _date(r)))
    return "mysql> SELECT id, email, hash_col, created_at FROM users LIMIT 4;\n" + "\n".join(rows) + "\n"


def n_shadow(r, ctx):
    rows = []
    for u in r.sample(["root", "gateway", "laser", "tackroom"], 2):
        rows.append("%s:$y$j9T$%s$%s:%d:0:99999:7:::" % (u, rstr(r, BC64, 22), rstr(r, BC64, 43), r.randrange(19000, 20000)))
    rows.append("nobody:*:%d:0:99999:7:::" % r.randrange(19000, 20000))
    return "# /etc/shadow (yard gateway backup, hashes only)\n" + "\n".join(rows) + "\n"


# ------------------------------------------------------------------ public keys
def ssh_str(b):
    return struct.pack(">I", len(b)) + b


def mpint(x):
    b = x.to_bytes((x.bit_length() + 8) // 8, "big")
    return ssh_str(b)


def n_jwks(r, ctx):
    keys = []
    for kid, k in ctx["jwks"]:
        keys.append({"kty": "RSA", "use": "sig", "alg": "PS256", "kid": kid, "e": b64url(k["e"].to_bytes(3, "big")),
                     "n": b64url(k["n"].to_bytes(256, "big"))})
    r.shuffle(keys)
    return "GET https://auth.%s/.well-known/jwks.json\n%s\n" % (H["harrowgate"], json.dumps({"keys": keys}, indent=2))


def n_authorized_keys(r, ctx):
    k = ctx["ssh_rsa"]
    rsa_line = "ssh-rsa " + b64std(ssh_str(b"ssh-rsa") + mpint(k["e"]) + mpint(k["n"])) + " deploy@latigo-ci"
    d = r.randrange(1, P256_N)
    Q = ec_mul(d, P256_G)
    pt = b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big")
    ec_line = "ecdsa-sha2-nistp256 " + b64std(ssh_str(b"ecdsa-sha2-nistp256") + ssh_str(b"nistp256") + ssh_str(pt)) + \
        " %s@laptop" % r.choice(PEOPLE).split()[0].lower().replace("-", "")
    lines = [rsa_line, ec_line]
    r.shuffle(lines)
    return "# ~deploy/.ssh/authorized_keys on sync01 (public keys)\n" + "\n".join(lines) + "\n"


def n_storefront_head(r, ctx):
    return ("<!-- shop.%s <head> -->\n<script>\n  window.ALGOLIA = { appId: '%s', searchKey: '%s', index: 'products' };\n"
            "  window.SHOP_STOREFRONT_TOKEN = '%s';\n</script>\n<script src=\"https://www.google.com/recaptcha/api.js?render=6L%s\"></script>\n"
            "<script>Sentry.init({ dsn: 'https://%s@o%d.ingest.sentry.io/%d' });</script>\n"
            % (H["bridlecombe"], rstr(r, UALNUM, 10), rstr(r, HEXL, 32), rstr(r, HEXL, 32),
               rstr(r, ALNUM + "-_", 38), rstr(r, HEXL, 32), r.randrange(100000, 999999), r.randrange(1000000, 9999999)))


def n_google_services(r, ctx):
    d = {"project_info": {"project_number": str(r.randrange(10 ** 11, 10 ** 12)), "project_id": "harrowgate-fit-%d" % r.randrange(100, 999)},
         "client": [{"client_info": {"mobilesdk_app_id": "1:%d:android:%s" % (r.randrange(10 ** 11, 10 ** 12), rstr(r, HEXL, 16)),
                                     "android_client_info": {"package_name": "com.harrowgate.fit"}},
                     "api_key": [{"current_key": "AIzaSy" + rstr(r, ALNUM + "-_", 33)}]}]}
    return "google-services.json (ships inside the app; restricted browser/app key)\n" + json.dumps(d, indent=2)


# ------------------------------------------------------------------ templates, masks, pointers, ciphertexts
ENV_KEYS = ["STITCHER_TELEMETRY_TOKEN", "STOCK_FEED_KEY", "TACK_WEBSHOP_LARAVEL_APP_KEY", "FITTING_RECORDS_JWT",
            "SHOPIFY_ADMIN_API_ACCESS_TOKEN", "KLAVIYO_PRIVATE_API_KEY", "GOCARDLESS_LIVE_ACCESS_TOKEN",
            "SHOP_STAFF_TOTP_SEED", "SADDLE_FIT_APP_LICENCE", "BREVO_API_KEY", "TWILIO_AUTH_TOKEN"]
PLACEHOLDERS = ["", "changeme", "<paste from 1Password>", "${%s}", "xxxxxxxx", "TODO", "null", "your-key-here", "REPLACE_ME"]


def n_env_example(r, ctx):
    rows = ["# .env.example - copy to .env and fill in from the vault", "APP_ENV=local"]
    for k in r.sample(ENV_KEYS, 5):
        p = r.choice(PLACEHOLDERS)
        rows.append("%s=%s" % (k, p % k if "%s" in p else p))
    return "\n".join(rows) + "\n"


def n_compose_template(r, ctx):
    ks = r.sample(ENV_KEYS, 3)
    return ("services:\n  fitsync:\n    image: registry.%s/fitsync:${TAG:-latest}\n    environment:\n" % H["latigo"]
            + "".join("      %s: ${%s:?set %s in the deploy env}\n" % (k, k, k) for k in ks))


def n_dashboard(r, ctx):
    rows = ["Integrations - API keys", "Name                Key                     Created     Last used"]
    for nm in r.sample(["Shopify admin", "Klaviyo", "Brevo", "GoCardless", "Stock feed", "Stitcher telemetry"], 3):
        tail = rstr(r, LALNUM, 4)
        rows.append("%-19s %-23s %s  %s" % (nm, r.choice(["••••••••••••" + tail, "sk_…" + tail, "****" + tail, "(hidden)"]),
                                            _date(r), _date(r)))
    return "\n".join(rows) + "\n"


def n_ci_masked(r, ctx):
    return ("$ echo \"deploying with $STOCK_FEED_KEY\"\ndeploying with ***\n$ ./deploy.sh --token [MASKED]\n"
            "Using token [MASKED] for registry.%s\nJob succeeded\n" % H["latigo"])


def n_secret_refs(r, ctx):
    return ("# config/production.yml - references only, resolved at deploy time\nshopify_admin_api_access_token: ssm:/bridlecombe/prod/shopify-admin-api-access-token\n"
            "stock_feed_key: op://Shop/Stock feed/credential\nklaviyo_private_api_key: \"{{resolve:secretsmanager:prod/klaviyo:SecretString:key}}\"\n"
            "stitcher_telemetry_token: arn:aws:ssm:eu-west-2:%d:parameter/harrowgate/stitcher/telemetry-token\n"
            "fitting_records_jwt: vault:secret/data/fitting#jwt\n" % r.randrange(10 ** 11, 10 ** 12))


def n_fly_list(r, ctx):
    rows = ["NAME                            DIGEST                  CREATED AT"]
    for k in r.sample(ENV_KEYS, 4):
        rows.append("%-31s %s        %dh ago" % (k, rstr(r, HEXL, 16), r.randrange(1, 200)))
    return "$ fly secrets list -a bridlecombe-shop\n" + "\n".join(rows) + "\n"


def n_ansible_vault(r, ctx):
    blob = rstr(r, HEXL, 64 * r.randrange(4, 7))
    lines = [blob[i:i + 80] for i in range(0, len(blob), 80)]
    return ("# inventories/prod/group_vars/vault.yml (encrypted with ansible-vault)\n$ANSIBLE_VAULT;1.1;AES256\n"
            + "\n".join(lines) + "\n")


def n_rails_enc(r, ctx):
    return ("$ cat config/credentials/production.yml.enc\n%s--%s--%s\n(the key lives in production.key, not in git)\n"
            % (b64std(rbytes(r, r.randrange(90, 200))), b64std(rbytes(r, 12)), b64std(rbytes(r, 16))))


def n_rfc_oauth(r, ctx):
    return ("Notes on OAuth for the fitting API (examples copied from RFC 6749, not ours):\n"
            "  client_id=s6BhdRkqt3  client_secret=7Fjfp0ZBr1KtDRbnfVdmIw (section 2.3.1 example)\n"
            "  access_token \"2YotnFZFEjr1zMsicMWpAA\", refresh_token \"tGzv3JOkF0XG5Qx2TlKWIA\" (section 5.1 example)\n"
            "Our real values come from the auth server at runtime.\n")


def n_totp_vectors(r, ctx):
    seed = base64.b32encode(b"12345678901234567890").decode()
    return ("TOTP test vectors we use in the till login tests (RFC 6238, SHA-1 seed \"12345678901234567890\" = %s):\n"
            "  T=59 -> 94287082\n  T=1111111109 -> 07081804\n"
            "AWS documentation example pair for the S3 mock: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n" % seed)


def n_handbook(r, ctx):
    return r.choice([
        "IT at Bridlecombe, page 4. Never write a till login on a sticky note or in the WhatsApp group. If you have forgotten "
        "yours, ask the duty manager to reset it; nobody from Latigo Labs will ever ask you for it on the phone.",
        "Shop handbook: passwords for supplier portals live in the office password manager. Use a long phrase you can "
        "remember and don't reuse the one you use for your own email.",
        "Remember: the card machine PIN pad is for the customer only. Turn the screen away and never ask a customer to "
        "tell you their PIN, even if the terminal is slow.",
    ]) + "\n"


def n_onboarding(r, ctx):
    return ("New fitter checklist (%s)\n[ ] collect van keys and tablet\n[ ] set your own tablet unlock code on day one (the office never keeps a copy)\n"
            "[ ] turn on two-factor for the fitting portal\n[ ] read the data-protection page about client horse records\n"
            % r.choice(PEOPLE))


# ------------------------------------------------------------------ look-alikes of this corpus's own shapes
def n_fixtures(r, ctx):
    body = rstr(r, ALNUM, 26)
    good = siphash24(SIPHASH_KEY, body.encode())
    bad_sip = "stx_%s_%016x" % (body, good ^ (1 << r.randrange(64)))
    b2 = rstr(r, LALNUM, 24)
    bad_mur = "sfk-%s-%08x" % (b2, murmur3_32(b2.encode()) ^ (1 << r.randrange(32)))
    d = rstr(r, DIGITS, 15)
    bad_lic = "SFL-%s-%s-%s-%d" % (d[:5], d[5:10], d[10:], (mod1110(d) + r.randrange(1, 10)) % 10)
    return ("# tests/test_token_shapes.py - every one of these must be REJECTED (checksum deliberately wrong)\nBAD = [\n"
            "    \"%s\",\n    \"%s\",\n    \"%s\",\n]\n" % (bad_sip, bad_mur, bad_lic))


def n_reject_log(r, ctx):
    b2 = rstr(r, LALNUM, 24)
    bad = "sfk-%s-%08x" % (b2, murmur3_32(b2.encode()) ^ (1 << r.randrange(32)))
    body = rstr(r, ALNUM, 26)
    bad2 = "stx_%s_%016x" % (body, siphash24(SIPHASH_KEY, body.encode()) ^ (1 << r.randrange(64)))
    return ("%sT10:%02d:11Z WARN gateway rejected key %s reason=checksum_mismatch src=%s\n"
            "%sT10:%02d:40Z WARN gateway rejected key %s reason=checksum_mismatch src=%s\n"
            % (_date(r), r.randrange(60), bad, "10.73.%d.%d" % (r.randrange(40), r.randrange(250)),
               _date(r), r.randrange(60), bad2, "10.73.%d.%d" % (r.randrange(40), r.randrange(250))))


def n_part_labels(r, ctx):
    rows = []
    for _ in range(r.randrange(3, 6)):
        body = rstr(r, UALNUM, 10)
        rows.append("STP-%s-%04x   %s" % (body, siphash24(SIPHASH_KEY, body.encode()) & 0xFFFF,
                                         r.choice(["bobbin case", "presser foot", "needle bar", "thread guide"])))
    return "Stitcher spare-part labels (printed on the bags, public)\n" + "\n".join(rows) + "\n"


def n_certificates(r, ctx):
    rows = []
    for _ in range(r.randrange(2, 5)):
        d = rstr(r, DIGITS, 10)
        rows.append("SMS qualified fitter certificate %s-%s%d  %s" % (d[:5], d[5:], mod1110(d), r.choice(PEOPLE)))
    return "Certificates on the showroom wall (public, printed)\n" + "\n".join(rows) + "\n"


def n_serials(r, ctx):
    rows = ["serial,model,seat_in,tree,made"]
    for _ in range(r.randrange(3, 6)):
        rows.append("HG%02d-%04d,%s,%.1f,%s,%s" % (r.randrange(18, 25), r.randrange(1, 9999),
                                                 r.choice(["Kestrel GP", "Merlin Dressage", "Harrier Jump", "Osprey Endurance"]),
                                                 r.choice([16.5, 17.0, 17.5, 18.0]), r.choice(["N", "M", "MW", "W", "XW"]), _date(r)))
    return "saddle serial register\n" + "\n".join(rows) + "\n"


def n_tree_card(r, ctx):
    return ("Tree fitting card - %s\nWither tracing at 2in: %d mm  at 4in: %d mm\nGullet plate: %s (%d)\nPanel: %s, flocking %s\n"
            "Points angle: %d deg\n" % (r.choice(["Bramble", "Pepper", "Juniper"]), r.randrange(180, 260), r.randrange(220, 320),
                                        r.choice(["MW", "W", "XW"]), r.randrange(26, 34), r.choice(["gusset", "hoop"]),
                                        r.choice(["wool", "cair"]), r.randrange(70, 100)))


def n_order_export(r, ctx):
    rows = ["order_id,name,created,total_gbp,gid"]
    for _ in range(r.randrange(3, 6)):
        rows.append("%s,#%d,%s,%.2f,gid://shopify/Order/%d" % (uuid4(r), r.randrange(1000, 9999), _date(r),
                                                               r.uniform(8, 1900), r.randrange(10 ** 12, 10 ** 13)))
    return "\n".join(rows) + "\n"


def n_booking_log(r, ctx):
    return ("%sT09:%02d:00Z POST /webhooks/bookings 200 idempotency_key=%s booking=%s event=fitting.confirmed van=%d\n"
            "%sT09:%02d:05Z POST /webhooks/bookings 200 idempotency_key=%s booking=%s event=fitting.reminder_sent van=%d\n"
            % (_date(r), r.randrange(60), uuid4(r), uuid4(r), r.randrange(1, 15),
               _date(r), r.randrange(60), uuid4(r), uuid4(r), r.randrange(1, 15)))


def n_puzzle_page(r, ctx):
    a, b, m = r.randrange(1, 5), r.randrange(5, 9), r.randrange(10, 20)
    sq = [[m - b, m + a + b, m - a], [m - a + b, m, m + a - b], [m + a, m - a - b, m + b]]
    return ("Pony Club puzzle page\n1. Complete the magic square: %s / %s / %d ? %d\n"
            "2. Ten riders stand in a ring and every third one leaves - who is left? (answer: rider 4)\n"
            "3. A snail climbs 3 m a day and slips 2 m at night in a 10 m well. How many days? (answer: 8)\n"
            % (" ".join(map(str, sq[0])), " ".join(map(str, sq[1])), sq[2][0], sq[2][2]))


def n_foal_log(r, ctx):
    rows = ["date,foal,girth_cm,length_cm,est_kg"]
    for i in range(r.randrange(3, 6)):
        g, ln = r.randrange(60, 100), r.randrange(65, 130)
        rows.append("%s,%s,%d,%d,%d" % (_date(r), r.choice(["Bramble's filly", "Pepper's colt"]), g, ln, round(g * g * ln / 11900)))
    return "foal growth (weigh tape)\n" + "\n".join(rows) + "\n"


CLASSES = [
    ("parcel_s10_tracking_numbers", "UPU S10 tracking numbers with real mod-11 check digits",
     [("royal_mail_despatch_manifest", n_manifest), ("customer_dispatch_email", n_dispatch_email)]),
    ("tanning_chemical_cas_numbers", "CAS registry numbers (real check digits, random bodies) of dye and finish components",
     [("leather_finish_safety_data_sheet", n_sds), ("dye_store_inventory_csv", n_dye_shelf)]),
    ("hide_import_vessel_imo_and_lei", "IMO ship numbers (real check digit) and LEIs (real ISO 17442 mod-97 pair)",
     [("wet_blue_hide_shipping_note", n_bill_of_lading), ("supplier_lei_register_extract", n_lei_register)]),
    ("supplier_iban_and_aba_routing", "supplier IBANs (real mod-97 check) and US ABA routing numbers (real 3-7-1 check)",
     [("supplier_bank_details_sheet", n_bank_sheet), ("us_tannery_wire_instructions", n_wire)]),
    ("horse_microchip_and_ueln_ids", "ISO 11784 microchip numbers and UELNs of client horses",
     [("saddle_fit_client_horse_register", n_horse_register), ("fitting_report_horse_header", n_fit_report_header)]),
    ("changelog_commit_ids_and_etags", "git commit SHA-1s and S3 ETags (MD5 digests of random bytes)",
     [("stock_sync_release_changelog", n_changelog), ("media_bucket_object_listing", n_etags)]),
    ("staff_bcrypt_and_yescrypt_hashes", "bcrypt $2y$ rows in a web-shop users table and yescrypt $y$ shadow lines (random in frame)",
     [("webshop_users_table_dump", n_bcrypt_rows), ("yard_gateway_shadow_backup", n_shadow)]),
    ("fitting_app_rsa_public_keys", "real RSA public JWKS of the PS256 fitting tokens, real ssh-rsa and ecdsa-sha2-nistp256 public keys",
     [("fitting_records_jwks_document", n_jwks), ("deploy_authorized_keys_file", n_authorized_keys)]),
    ("webshop_public_search_and_captcha_ids", "public by design: Algolia search-only key, Storefront token, reCAPTCHA site key, Sentry DSN, Firebase app key",
     [("storefront_html_head_scripts", n_storefront_head), ("mobile_google_services_json", n_google_services)]),
    ("dotenv_dist_template_placeholders", "this corpus's own key names with placeholder values",
     [("webshop_env_example_file", n_env_example), ("compose_required_variable_template", n_compose_template)]),
    ("last_four_masked_key_listings", "masked keys keeping at most four characters, *** and [MASKED]",
     [("integrations_dashboard_key_table", n_dashboard), ("ci_job_log_masked_lines", n_ci_masked)]),
    ("parameter_store_and_keyring_lookups", "pointers: SSM paths and ARNs, op://, CloudFormation resolve, vault paths, fly secret digests",
     [("production_config_secret_references", n_secret_refs), ("fly_secrets_list_digests", n_fly_list)]),
    ("ansible_vault_and_rails_encrypted_blobs", "ciphertexts whose key is elsewhere: Ansible Vault 1.1 bodies and Rails credentials.yml.enc",
     [("ansible_vault_encrypted_group_vars", n_ansible_vault), ("rails_credentials_enc_file", n_rails_enc)]),
    ("rfc_and_sdk_documentation_examples", "published documentation examples: RFC 6749 tokens, RFC 6238 seed, AWS example pair",
     [("oauth_rfc_example_notes", n_rfc_oauth), ("totp_test_vector_table", n_totp_vectors)]),
    ("saddlery_staff_security_handbook_prose", "handbook and onboarding prose about passwords with no value",
     [("shop_staff_handbook_it_page", n_handbook), ("fitter_onboarding_checklist", n_onboarding)]),
    ("own_prefix_checksum_rejects", "this corpus's own stx_ / sfk- / SFL- shapes with deliberately wrong checks",
     [("token_shape_rejection_fixtures", n_fixtures), ("gateway_checksum_reject_log", n_reject_log)]),
    ("own_layout_public_serials", "public labels that use this corpus's SipHash and MOD 11,10 checks (valid, different prefixes)",
     [("stitcher_spare_part_labels", n_part_labels), ("fitter_certificate_numbers", n_certificates)]),
    ("saddle_serial_and_tree_fit_codes", "saddle serial numbers, tree widths and fitting measurements that look like codes",
     [("saddle_serial_register_csv", n_serials), ("tree_fitting_card", n_tree_card)]),
    ("webshop_order_and_fitting_booking_refs", "UUIDv4 order and booking ids, idempotency keys, order numbers and Shopify gids",
     [("webshop_order_export_csv", n_order_export), ("booking_webhook_access_log", n_booking_log)]),
    ("genuine_puzzle_and_weight_tape_sheets", "genuine puzzles and weigh-tape logs (the look of four evasions, carrying nothing)",
     [("pony_club_puzzle_page", n_puzzle_page), ("foal_growth_weigh_tape_log", n_foal_log)]),
]


def generate(rng, ctx, is_clean):
    """is_clean(text) -> bool; a draw is repeated until the text is clean and new."""
    recs, seen = [], set()
    for cname, _, kinds in CLASSES:
        for kname, fn in kinds:
            for wi in range(len(WRAPPERS)):
                for _ in range(200):
                    t = wrap(wi, fn(rng, ctx), rng)
                    if t not in seen and is_clean(t):
                        break
                else:
                    raise RuntimeError("no clean negative for " + kname)
                seen.add(t)
                recs.append({"class": cname, "container": kname + WRAPPERS[wi][0], "text": t, "source": "negative"})
    return recs
