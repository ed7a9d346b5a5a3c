"""Negatives: 20 classes x 2 base kinds x 5 presentations; no secret in any of them."""
import base64
import hashlib
import random

from common250 import (B32, B64URL, ean13_check, isbn10_check, issn_check, rand_bytes, rand_str,
                       uuid4, verhoeff_digit, b64url_nopad)

SEED = 25006

WRAPPERS = {
    "": None,
    "__in_studio_discord_thread": (
        "[11:02] maren: ok to paste this here? it's only {what}\n```\n{body}```\n"
        "[11:04] hamish: yes, nothing secret in there - fine to share."),
    "__in_supplier_helpdesk_ticket": (
        "Ticket #{tick} - question about {what}\nCustomer wrote:\n\n{body}\n"
        "Agent note: reviewed - no credentials or keys in this message; safe to attach to the case."),
    "__in_bindery_newsletter_email": (
        "From the Kettlestitch bindery newsletter ({what}):\n\n{body}\n"
        "(Public information - reproduced as sent.)"),
    "__in_printmakers_forum_post": (
        "Re: how do you keep track of {what}?\nPosted by inkyfingers\n\n{body}\n"
        "Nothing private in the above, all of it is printed on our paperwork anyway."),
}
WRAPPER_NAMES = list(WRAPPERS)


# ------------------------------------------------------------------ small generators
def isbn13(rng):
    core = "9781" + rand_str(rng, "digit", 8)
    return core + ean13_check(core)


def fmt13(s):
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12])


def isbn10_of(i13):
    core = i13[3:12]
    return core + isbn10_check(core)


def fmt10(s):
    return "%s-%s-%s-%s" % (s[0], s[1:5], s[5:9], s[9])


def issn(rng):
    d7 = rand_str(rng, "digit", 7)
    d = d7 + issn_check(d7)
    return d[:4] + "-" + d[4:]


def mac(rng):
    return ":".join("%02x" % b for b in [0x00, 0x1e, 0xc0] + list(rand_bytes(rng, 3)))


def sha256hex(rng):
    return hashlib.sha256(rand_bytes(rng, 64)).hexdigest()


def ssh_ed25519(rng):
    key = rand_bytes(rng, 32)
    blob = (11).to_bytes(4, "big") + b"ssh-ed25519" + (32).to_bytes(4, "big") + key
    fp = base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
    return "ssh-ed25519 " + base64.b64encode(blob).decode(), "SHA256:" + fp


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data8):
    acc = bits = 0
    data5 = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data5.append((acc >> bits) & 31)
    if bits:
        data5.append((acc << (5 - bits)) & 31)
    hrpx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _bech32_polymod(hrpx + data5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data5 + chk)


def onion_v3(rng):
    pub = rand_bytes(rng, 32)
    chk = hashlib.sha3_256(b".onion checksum" + pub + b"\x03").digest()[:2]
    return base64.b32encode(pub + chk + b"\x03").decode().lower() + ".onion"


def cid_v1_raw(rng):
    mh = b"\x12\x20" + hashlib.sha256(rand_bytes(rng, 200)).digest()
    return "b" + base64.b32encode(b"\x01\x55" + mh).decode().lower().rstrip("=")


NIX32 = "0123456789abcdfghijklmnpqrsvwxyz"


def ab64(rng, n):
    return base64.b64encode(rand_bytes(rng, n)).decode().rstrip("=")


PEOPLE = ["maren", "teodor", "ines", "sol", "hamish", "priya"]
TITLES = ["Harbour at dusk", "Kelp forest", "Three herons", "Allotment in May", "Night ferry", "Salt marsh",
          "Pylons", "Rookery", "Quarry pool", "Long field"]
PAPERS = ["Somerset Velvet 250gsm", "Hahnemuhle Copperplate 300gsm", "Zerkall 145gsm", "Fabriano Rosaspina 220gsm",
          "Awagami Bizan 200gsm", "G.F Smith Colorplan 270gsm", "Munken Pure 120gsm"]


# ------------------------------------------------------------------ base kinds
def k_colophon(rng):
    i13 = isbn13(rng)
    return ("Printed letterpress from hand-set Caslon and polymer plates on %s\n"
            "at Quoin & Chase, Bristol, in an edition of %d copies.\n"
            "ISBN %s (hardback)\nISBN-10 %s\nBound by Kettlestitch Bindery. First edition %d.\n"
            % (rng.choice(PAPERS), rng.choice([60, 80, 120, 150]), fmt13(i13), fmt10(isbn10_of(i13)),
               rng.randint(2019, 2024)))


def k_marc(rng):
    i13 = isbn13(rng)
    return ("=020  \\\\$a%s$q(hardback)\n=022  0\\$a%s\n=245  10$aKettlestitch quarterly :$bnotes from a bindery.\n"
            "=264  \\1$aBristol :$bKettlestitch Press,$c%d.\n=300  \\\\$a%d pages ;$c21 cm\n"
            % (i13, issn(rng), rng.randint(2019, 2024), rng.randint(24, 96)))


def k_certificate(rng):
    n = rng.randint(40, 120)
    return ("Certificate of authenticity\nTitle: %s\nMedium: reduction linocut, %d colours\n"
            "Edition: %d/%d   Artist proofs: A/P %d/%d\nPlate no. SC-%d-%03d   Printed %d-%02d-%02d\nPaper: %s\n"
            % (rng.choice(TITLES), rng.randint(2, 6), rng.randint(1, n), n, rng.randint(1, 5), 5,
               rng.randint(2021, 2024), rng.randint(1, 300), rng.randint(2021, 2024), rng.randint(1, 12),
               rng.randint(1, 28), rng.choice(PAPERS)))


def k_runs(rng):
    rows = ["run_id,title,edition,printed,paper,press"]
    for _ in range(4):
        n = rng.choice([30, 40, 50, 75])
        rows.append("RUN-%d-%04d,%s,%d/%d,%d-%02d-%02d,%s,%s" % (
            rng.randint(2022, 2024), rng.randint(1, 9999), rng.choice(TITLES), rng.randint(1, n), n,
            rng.randint(2022, 2024), rng.randint(1, 12), rng.randint(1, 28), rng.choice(PAPERS),
            rng.choice(["Vandercook SP-15", "Heidelberg Windmill", "Albion No. 3", "FAG Control 405"])))
    return "\n".join(rows) + "\n"


def k_service(rng):
    return ("%d-02-14  Heidelberg Windmill, serial %d %02d %03d - new roller bearings, platen re-set\n"
            "%d-03-02  Polar 92 EM, serial %07d, controller firmware %d.%d.%d - knife changed\n"
            "%d-03-19  Vandercook SP-15 no. %05d - carriage rails cleaned\n"
            "Network module MAC %s, IP 10.20.5.40\n"
            % (rng.randint(2022, 2024), rng.randint(10, 99), rng.randint(1, 99), rng.randint(1, 999),
               rng.randint(2022, 2024), rng.randint(1000000, 9999999), rng.randint(3, 5), rng.randint(0, 20),
               rng.randint(0, 9), rng.randint(2022, 2024), rng.randint(10000, 29999), mac(rng)))


def k_assets(rng):
    rows = ["asset_tag,item,make,serial,location"]
    items = [("Guillotine", "Polar"), ("Platen press", "Heidelberg"), ("Proof press", "Vandercook"),
             ("Duplicator", "Riso"), ("Exposure unit", "Boxcar"), ("Board shear", "Ideal")]
    rng.shuffle(items)
    for it, mk in items[:4]:
        rows.append("QC-AST-%04d,%s,%s,%s%d,%s" % (rng.randint(1, 999), it, mk, rng.choice(["SN", "No", ""]),
                                                  rng.randint(100000, 9999999), rng.choice(["press room", "bindery", "paper store"])))
    return "\n".join(rows) + "\n"


def k_delivery(rng):
    return ("DELIVERY NOTE DN-%06d\nMill batch %02d-%03d-%04d   FSC Mix Credit FSC-C%06d (CoC SA-COC-%06d)\n"
            "SKU GFS-COL-%s-%d-SRA2  x %d sheets\nSKU ZKL-%d-%s  x %d sheets\nPallet %d of %d, gross %d kg\n"
            % (rng.randint(100000, 999999), rng.randint(20, 24), rng.randint(1, 366), rng.randint(1, 9999),
               rng.randint(1, 999999), rng.randint(1, 999999), rng.choice(["WHT", "BLK", "NVY"]),
               rng.choice([135, 270, 350]), rng.choice([250, 500]), rng.choice([145, 175]),
               rng.choice(["A2", "B1"]), rng.choice([100, 200]), rng.randint(1, 3), 3, rng.randint(80, 400)))


def k_stockcount(rng):
    rows = ["SKU\tgsm\tsize\tsheets\tlocation"]
    for _ in range(4):
        pre, gsm, size = rng.choice(["SOM", "HAH", "ZKL", "FAB", "AWA"]), rng.choice([120, 145, 250, 300]), rng.choice(["A1", "A2", "B1"])
        rows.append("%s-%d-%s\t%d\t%s\t%d\tbay %d" % (pre, gsm, size, gsm, size, rng.randint(10, 900), rng.randint(1, 9)))
    return "\n".join(rows) + "\n"


def k_legaldeposit(rng):
    return ("British Library - Legal Deposit receipt LD/%d/%06d\nTitle received: %s (artist's book)\n"
            "Shelfmark assigned: YKL.%d.a.%d\nOCLC number: %d\nCopies also sent to the Agency for the Legal "
            "Deposit Libraries, claim ref. AGY-%05d\n"
            % (rng.randint(2020, 2024), rng.randint(1, 999999), rng.choice(TITLES), rng.randint(2020, 2024),
               rng.randint(1, 9999), rng.randint(1000000000, 1499999999), rng.randint(1, 99999)))


def k_catalogue(rng):
    return ("LCCN %d%06d\nDewey 686.2%02d\nCall number Z232.Q56 %d\nSubjects: Letterpress printing - England - "
            "Bristol; Artists' books\nHeld at: Bristol Central Library (ref. BCL-%06d)\n"
            % (rng.randint(2019, 2024), rng.randint(1, 999999), rng.randint(1, 99), rng.randint(2019, 2024),
               rng.randint(1, 999999)))


def k_receipt(rng):
    return ("HALFTONE HARE RISO - Saturday market\nSALE   GBP %d.%02d\nVISA CONTACTLESS  **** **** **** %04d\n"
            "AID A0000000031010   AUTH %s   TID %08d\nREF %s   %02d:%02d\nCARDHOLDER COPY - please retain\n"
            % (rng.randint(4, 60), rng.randint(0, 99), rng.randint(0, 9999), rand_str(rng, "ualnum", 6),
               rng.randint(10000000, 99999999), rand_str(rng, "ualnum", 8), rng.randint(9, 16), rng.randint(0, 59)))


def k_takings(rng):
    rows = ["Daily takings - market stall", "time,amount,method,last4,auth"]
    for _ in range(4):
        rows.append("%02d:%02d,%d.%02d,%s,%04d,%s" % (rng.randint(9, 16), rng.randint(0, 59), rng.randint(3, 80),
                                                     rng.randint(0, 99), rng.choice(["card", "card", "cash"]),
                                                     rng.randint(0, 9999), rand_str(rng, "ualnum", 6)))
    return "\n".join(rows) + "\n"


def k_storefront(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n'
            "  const stripe = Stripe('pk_live_51%s');\n"
            "  window.MAPBOX_PUBLIC = 'pk.%s.%s';\n"
            "  posthog.init('phc_%s', {api_host: 'https://eu.i.posthog.com'});\n</script>\n"
            '<div class="g-recaptcha" data-sitekey="6L%s"></div>\n'
            % (rand_str(rng, "alnum", 97),
               b64url_nopad(('{"u":"halftonehare","a":"cl%s"}' % rand_str(rng, "lalnum", 23)).encode()),
               rand_str(rng, "b64url", 22), rand_str(rng, "alnum", 43), rand_str(rng, "b64url", 38)))


def k_appconfig(rng):
    return ('{\n  "algoliaAppId": "%s",\n  "algoliaSearchOnlyKey": "%s",\n'
            '  "firebase": {"apiKey": "AIzaSy%s", "appId": "1:%d:web:%s"},\n'
            '  "paypalClientId": "A%s",\n  "sentryDsn": "https://%s@o%d.ingest.sentry.io/%d"\n}\n'
            % (rand_str(rng, "ualnum", 10), rand_str(rng, "hexl", 32), rand_str(rng, "b64url", 33),
               rng.randint(100000000000, 999999999999), rand_str(rng, "hexl", 22), rand_str(rng, "b64url", 79),
               rand_str(rng, "hexl", 32), rng.randint(100000, 9999999), rng.randint(1000000, 9999999)))


def k_readme(rng):
    return ("## Setting up the shipping integration\n\n```bash\n"
            "export SHIPPO_LIVE_API_TOKEN=<your-shippo-token>\nexport SENDGRID_API_KEY=SG.xxxxxxxx.xxxxxxxxxxxx\n"
            "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"
            "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n\n"
            "Replace the placeholders with the values from the %s vault entry; never commit real ones.\n"
            % rng.choice(["Studio", "Shop", "Bindery"]))


def k_envexample(rng):
    keys = ["BOOKING_ADMIN_PASSWORD=", "DJANGO_SECRET_KEY=changeme", "ADMIN_TOTP_SEED=${ADMIN_TOTP_SEED:?set me}",
            "PLATE_ORDER_KEY=ppo1-0000-0000-0000-xxxxxxxxxxxxxxxxxxxxxxxx", "STOCK_SYNC_TOKEN=pst_<from-vault>",
            "ARCHIVE_API_JWT=", "DRUPAL_HASH_SALT=<generate with drush>", "RISO_ADMIN_PASSWORD=<ask Maren>"]
    rng.shuffle(keys)
    return "# .env.example - copy to .env and fill in\n" + "\n".join(keys[:6]) + "\n"


def k_dashboard(rng):
    return ("API keys (screenshot, OCR)\nName            Key                          Created\n"
            "shop-live       shippo_live_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022%s   %d-0%d-1%d\n"
            "newsletter      SG.\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022%s          %d-0%d-2%d\n"
            "stall-pos       rk_live_\u2026%s                 %d-0%d-0%d\n"
            % (rand_str(rng, "hexl", 4), 2024, rng.randint(1, 9), rng.randint(0, 9),
               rand_str(rng, "alnum", 4), 2024, rng.randint(1, 9), rng.randint(0, 9),
               rand_str(rng, "alnum", 4), 2024, rng.randint(1, 9), rng.randint(1, 9)))


def k_cilog(rng):
    return ("$ ./deploy.sh\n+ export DJANGO_SECRET_KEY=***\n+ export ARCHIVE_API_JWT=[MASKED]\n"
            "+ curl -sf -H 'Authorization: Bearer ****' https://archive.stonecellar.example/health\n"
            "ok (build %d, %ds)\n" % (rng.randint(100, 999), rng.randint(20, 200)))


def k_composerefs(rng):
    return ("services:\n  shop:\n    image: registry.halftonehare.example/shop:%d.%d\n    environment:\n"
            "      STRIPE_RESTRICTED_KEY_FILE: /run/secrets/stripe_key\n      SHIPPO_LIVE_API_TOKEN: ${SHIPPO_LIVE_API_TOKEN}\n"
            "    secrets: [stripe_key]\nsecrets:\n  stripe_key:\n    external: true\n"
            "# CI: SHIPPO_LIVE_API_TOKEN comes from ${{ secrets.SHIPPO_LIVE_API_TOKEN }}\n"
            % (rng.randint(1, 9), rng.randint(0, 20)))


def k_vaultrefs(rng):
    return ("shippo_token: op://Studio/Shippo/credential\nstripe_key: vault:secret/data/shop#stripe\n"
            "ghost_admin: projects/stonecellar/secrets/ghost-admin/versions/latest\n"
            "sendgrid: arn:aws:secretsmanager:eu-west-2:%012d:secret:shop/sendgrid-%s\n"
            "bitwarden_item: %s\n"
            % (rng.randint(100000000000, 999999999999), rand_str(rng, "alnum", 6), uuid4(rng)))


def k_hashes(rng):
    return ("COPY auth_user (id, username, password) FROM stdin;\n"
            "1\t%s\tpbkdf2_sha256$870000$%s$%s=\n"
            "2\t%s\targon2$argon2id$v=19$m=102400,t=2,p=8$%s$%s\n"
            "3\t%s\t$S$E%s\n\\.\n"
            % (rng.choice(PEOPLE), rand_str(rng, "alnum", 22), ab64(rng, 32), rng.choice(PEOPLE),
               ab64(rng, 16), ab64(rng, 16), rng.choice(PEOPLE), rand_str(rng, "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 52)))


def k_shadow(rng):
    c = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    who = rng.choice(PEOPLE)
    return ("$ sudo cat /etc/shadow | grep -E '^(%s|scans):'\n%s:$5$%s$%s:19%03d:0:99999:7:::\n"
            "scans:$apr1$%s$%s:19%03d:0:99999:7:::\n"
            % (who, who, rand_str(rng, c, 16), rand_str(rng, c, 43),
               rng.randint(100, 999), rand_str(rng, c, 8), rand_str(rng, c, 22), rng.randint(100, 999)))


def k_sops(rng):
    return ("shippo_token: ENC[AES256_GCM,data:%s,iv:%s=,tag:%s==,type:str]\n"
            "sops:\n    age:\n        - recipient: %s\n"
            "    lastmodified: \"2024-05-%02dT10:%02d:00Z\"\n    mac: ENC[AES256_GCM,data:%s,iv:%s=,tag:%s==,type:str]\n"
            "    version: 3.8.1\n"
            % (ab64(rng, 40), ab64(rng, 32), ab64(rng, 16), bech32("age", rand_bytes(rng, 32)),
               rng.randint(1, 28), rng.randint(0, 59), ab64(rng, 48), ab64(rng, 32), ab64(rng, 16)))


def k_sealed(rng):
    hdr = b"age-encryption.org/v1\n-> X25519 " + b64url_nopad(rand_bytes(rng, 32)).encode() + b"\n"
    body = base64.b64encode(hdr + rand_bytes(rng, 32) + b"\n--- " + rand_bytes(rng, 70)).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return ("-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n"
            "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    token: Ag%s\n"
            % (lines, base64.b64encode(rand_bytes(rng, 90)).decode()))


def k_sshkeys(rng):
    k1, f1 = ssh_ed25519(rng)
    k2, f2 = ssh_ed25519(rng)
    return ("# ~/.ssh/authorized_keys on web.stonecellar.example\n%s %s@stonecellar\n%s deploy@ci\n"
            "# fingerprints: %s (%s), %s (deploy)\n" % (k1, rng.choice(PEOPLE), k2, f1, rng.choice(PEOPLE), f2))


def k_signingkeys(rng):
    kid = rand_bytes(rng, 8)
    mini = base64.b64encode(b"Ed" + kid + rand_bytes(rng, 32)).decode()
    fpr = hashlib.sha1(rand_bytes(rng, 40)).hexdigest().upper()
    return ("Release signing keys (public)\nminisign: untrusted comment: minisign public key %s\n  %s\n"
            "age recipient for backups: %s\nOpenPGP: %s\n"
            % (kid[::-1].hex().upper(), mini, bech32("age", rand_bytes(rng, 32)),
               " ".join(fpr[i:i + 4] for i in range(0, 40, 4))))


def k_checksums(rng):
    return ("# SHA256SUMS - print-ready files for job %d\n%s  cover-cmyk.pdf\n%s  interior-%dpp.pdf\n"
            "%s  plates-%s.tif\n" % (rng.randint(4000, 4999), sha256hex(rng), sha256hex(rng),
                                     rng.choice([24, 32, 48]), sha256hex(rng), rng.choice(["black", "red", "blue"])))


def k_commits(rng):
    lines = ["## v%d.%d.%d (booking)" % (rng.randint(1, 4), rng.randint(0, 12), rng.randint(0, 9))]
    for msg in rng.sample(["fix slot overlap on Windmill", "add linocut workshop type", "bump Django",
                           "show press photos on booking page", "refund flow for cancelled classes"], 3):
        lines.append("- %s (%s)" % (msg, hashlib.sha1(rand_bytes(rng, 20)).hexdigest()[:rng.choice([7, 12, 40])]))
    return "\n".join(lines) + "\n"


def k_orders(rng):
    rows = ["order,id,created,total,stripe_payment"]
    for _ in range(3):
        rows.append("#HH%d,gid://shopify/Order/%d,%s,%d.%02d,pi_3%s" % (
            rng.randint(1000, 1999), rng.randint(5000000000000, 5999999999999), uuid4(rng),
            rng.randint(8, 120), rng.randint(0, 99), rand_str(rng, "alnum", 23)))
    return "\n".join(rows) + "\n"


def k_labels(rng):
    return ("Labels printed %d-06-%02d\nDHL Express %010d  (2 tubes, prints)\nUPS 1Z%s  (book box)\n"
            "Evri %016d  (zines)\nLabel batch %s\n"
            % (2024, rng.randint(1, 28), rng.randint(1000000000, 9999999999), rand_str(rng, "ualnum", 16),
               rng.randint(10 ** 15, 10 ** 16 - 1), uuid4(rng)))


def k_accesslog(rng):
    ip = "203.0.113.%d" % rng.randint(1, 254)
    return ('%s - - [03/Jun/2024:10:%02d:%02d +0100] "GET /book/windmill?day=2024-06-07 HTTP/2.0" 200 %d '
            'request_id=%s cf_ray=%s-LHR\n' % (ip, rng.randint(0, 59), rng.randint(0, 59), rng.randint(1000, 9999),
                                              uuid4(rng), rand_str(rng, "hexl", 16)))


def k_traces(rng):
    return ("traceparent: 00-%s-%s-01\nspan: booking.create_slot  duration=%dms  parent=%s\n"
            "sentry event_id=%s level=warning\n"
            % (rand_str(rng, "hexl", 32), rand_str(rng, "hexl", 16), rng.randint(3, 900), rand_str(rng, "hexl", 16),
               rand_str(rng, "hexl", 32)))


def k_inkrecipe(rng):
    return ("Ink mix card - %s\nBase: PANTONE %d C\nMix: %d parts Rubber-base Process Blue, %d parts Transparent White,"
            " %d part Black\nInk lot %s-%d   Delta E to swatch %.1f\n"
            % (rng.choice(TITLES), rng.randint(100, 7600), rng.randint(2, 12), rng.randint(1, 20), rng.randint(1, 3),
               rng.choice(["CR", "VG", "HB"]), rng.randint(10000, 99999), rng.randint(5, 30) / 10))


def k_risoprofile(rng):
    rows = ["drum,ink,cmyk_approx,density,cartridge_lot"]
    for ink in rng.sample(["Federal Blue", "Fluorescent Pink", "Yellow", "Teal", "Burgundy", "Black", "Sunflower"], 4):
        rows.append("%d,%s,%d/%d/%d/%d,%d%%,L%d-%d" % (rng.randint(1, 9), ink, rng.randint(0, 100), rng.randint(0, 100),
                                                     rng.randint(0, 100), rng.randint(0, 100), rng.randint(60, 100),
                                                     rng.randint(10, 99), rng.randint(1000, 9999)))
    return "\n".join(rows) + "\n"


PROSE_A = [
    "Every studio account has its own login; do not share logins between staff, even on busy print days.",
    "Passwords for the presses, the guillotine station and the shop live in the studio vault, never in chat.",
    "If a key or password ends up in a message or a photo, tell Hamish so it can be rotated the same day.",
    "Second factors are required for the shop admin; recovery codes go in the safe, not in a notebook.",
    "Visitors on workshop days use the guest network and never the studio laptops.",
]
PROSE_B = [
    "Workshop participants: please do not photograph the whiteboard behind the proof press.",
    "The booking system will never ask you for your password by e-mail or text message.",
    "Lost your login? Ask at the front desk and we will send a reset link to your e-mail.",
    "Studio members sign out of the shared Mac before leaving; the screen locks after five minutes.",
    "API tokens for the shop are created by the owner only and expire after ninety days.",
]


def k_handbook(rng):
    s = PROSE_A[:]
    rng.shuffle(s)
    return "Studio handbook - IT and logins\n\n" + "\n".join("- " + x for x in s[:4]) + "\n"


def k_notice(rng):
    s = PROSE_B[:]
    rng.shuffle(s)
    return "NOTICE (pinned by the door)\n\n" + " ".join(s[:3]) + "\n"


def k_onion(rng):
    nix = "".join(rng.choice(NIX32) for _ in range(32))
    return ("Zine archive mirrors\nTor: http://%s/\nIPFS: ipfs://%s\nBuilt from /nix/store/%s-zine-archive-%d.%d\n"
            % (onion_v3(rng), cid_v1_raw(rng), nix, rng.randint(1, 3), rng.randint(0, 9)))


def k_plateref(rng):
    acct = rand_str(rng, "digit", 11)
    d = acct + verhoeff_digit(acct)
    return ("Packing slip - photopolymer plates\nOrder reference (public, printed on every slip): ppo1-%s-%s-%s\n"
            "Plates: %d x A4 KF152, %d x A5 KF95   Base: Boxcar deep-relief\nQuestions? Quote the order reference above.\n"
            % (d[:4], d[4:8], d[8:], rng.randint(1, 6), rng.randint(0, 4)))


def k_ledger(rng):
    rows = ["Edition ledger - %s" % rng.choice(TITLES)]
    n = rng.choice([30, 40, 50])
    for _ in range(4):
        recto = 2 * rng.randint(5, 40) - 1
        rows.append("%d/%d  sold %d-%02d-%02d  paper %d qr %d sh drawn  catalogue pp. %d\u2013%d" % (
            rng.randint(1, n), n, 2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 5),
            rng.randint(0, 23), recto, recto + 1))
    return "\n".join(rows) + "\n"


def k_kerning(rng):
    pairs = rng.sample(["AV", "AW", "AY", "LT", "LY", "PA", "Te", "To", "Ty", "VA", "Va", "WA", "Yo", "Fa"], 6)
    return ("# kern dump - Quoin Caslon Text (units per em 1000)\n" +
            " | ".join("%s \u2212%d" % (p, rng.randint(20, 140)) for p in pairs) +
            "\n# glyph ids: A=36 V=57 T=55 o=82\n")


CLASSES = [
    ("isbn_and_issn_identifiers", "ISBN-13 (EAN check), ISBN-10 (mod 11) and ISSN (mod 11) with real check digits on a colophon and a MARC record",
     [("colophon_page_text", k_colophon, "the colophon"), ("serials_marc_record", k_marc, "the catalogue record")]),
    ("edition_and_proof_numbering", "edition numbers, artist proofs, plate numbers, print-run ids",
     [("edition_certificate_text", k_certificate, "the edition certificate"), ("print_run_register_csv", k_runs, "the print-run register")]),
    ("press_and_bindery_machine_serials", "press, guillotine and duplicator serials, firmware versions, asset tags, MAC addresses",
     [("machine_service_history_log", k_service, "the service history"), ("studio_equipment_register_csv", k_assets, "the equipment register")]),
    ("paper_stock_skus_and_mill_batches", "paper SKUs, mill batches, FSC licence and chain-of-custody codes, sheet counts",
     [("paper_delivery_note", k_delivery, "the delivery note"), ("stock_count_sheet_tsv", k_stockcount, "the stock count")]),
    ("library_catalogue_and_legal_deposit_refs", "legal-deposit receipts, shelfmarks, OCLC numbers, LCCNs, Dewey and call numbers",
     [("legal_deposit_receipt", k_legaldeposit, "the legal deposit receipt"), ("library_catalogue_export", k_catalogue, "the catalogue entry")]),
    ("market_stall_card_receipts", "masked card numbers, AIDs, auth codes, terminal ids and references on market-stall receipts",
     [("card_reader_receipt_copy", k_receipt, "a card receipt"), ("daily_takings_report", k_takings, "the takings report")]),
    ("publishable_and_client_side_keys", "public by design: Stripe pk_live_51, Mapbox pk. token, PostHog phc_ project key, reCAPTCHA site key, Algolia search-only key, Firebase web apiKey (AIza), PayPal client id, Sentry DSN",
     [("shop_storefront_head_html", k_storefront, "the shop page head"), ("editions_app_public_settings_json", k_appconfig, "the app's public config")]),
    ("docs_examples_and_placeholders", "README placeholders, the AWS documentation example pair, an .env.example with this corpus's key names and empty / changeme / ${VAR:?} / <from-vault> values",
     [("integration_readme_snippet", k_readme, "the README"), ("env_example_template", k_envexample, "the .env.example")]),
    ("masked_and_redacted_credentials", "bullet-masked dashboard keys with a four-character tail, *** / [MASKED] / **** CI output",
     [("shop_key_settings_screenshot_ocr", k_dashboard, "the key list screenshot"), ("ci_log_redacted_output", k_cilog, "the deploy log")]),
    ("secret_manager_references", "_FILE paths, ${VAR}, ${{ secrets.X }}, op://, vault:, GCP secret paths, Secrets Manager ARNs, a Bitwarden item id",
     [("compose_secrets_and_env_refs", k_composerefs, "the compose file"), ("app_settings_vault_refs", k_vaultrefs, "the settings file")]),
    ("password_hash_strings", "Django pbkdf2_sha256, argon2id, Drupal $S$, sha256crypt $5$ and Apache $apr1$ hashes (random in frame)",
     [("user_table_sql_dump", k_hashes, "the user table dump"), ("etc_shadow_grep_output", k_shadow, "the shadow file")]),
    ("ciphertext_and_sealed_blobs", "SOPS ENC[AES256_GCM,...] values and MAC, age-armoured ciphertext, SealedSecret encryptedData (random in frame)",
     [("sops_encrypted_yaml", k_sops, "the encrypted settings"), ("age_and_sealed_secret_dump", k_sealed, "the encrypted backup")]),
    ("public_keys_and_fingerprints", "ssh-ed25519 keys (real wire format) and SHA256 fingerprints, minisign public keys, age recipients (real Bech32 checksum), OpenPGP fingerprints",
     [("ssh_authorized_keys_listing", k_sshkeys, "authorized_keys"), ("signing_key_directory", k_signingkeys, "the signing keys page")]),
    ("file_digests_and_commit_ids", "SHA-256 sums of print-ready files (real digests of random bytes) and git commit ids",
     [("print_file_checksum_manifest", k_checksums, "the checksum file"), ("release_notes_commit_list", k_commits, "the release notes")]),
    ("shop_order_and_shipment_ids", "order numbers, Shopify gids, UUIDv4 order ids, Stripe pi_ ids, DHL / UPS / Evri tracking numbers",
     [("shop_orders_download_csv", k_orders, "the order export"), ("shipping_label_log", k_labels, "the label log")]),
    ("request_and_trace_identifiers", "UUIDv4 request ids, Cloudflare ray ids, W3C traceparent, span ids, Sentry event ids",
     [("web_access_log_excerpt", k_accesslog, "an access log line"), ("tracing_span_dump", k_traces, "a trace")]),
    ("ink_and_colour_specifications", "Pantone references, ink mixes, ink and cartridge lots, Riso drum and density tables",
     [("ink_mixing_recipe_card", k_inkrecipe, "an ink card"), ("riso_colour_profile_table", k_risoprofile, "the Riso colour table")]),
    ("studio_security_policy_prose", "handbook and notice prose about passwords, keys and second factors without any value",
     [("studio_handbook_it_section", k_handbook, "the handbook"), ("workshop_login_notice", k_notice, "the door notice")]),
    ("public_lookalikes_of_studio_key_shapes", "public look-alikes of this corpus's own shapes: Tor v3 onion addresses (real SHA3 checksum) and IPFS CIDs next to the Base32 TOTP seed, Nix store hashes, and public ppo1- plate-order references with a real Verhoeff digit but no key part",
     [("onion_and_nix_store_listing", k_onion, "the mirror list"), ("plate_order_reference_slip", k_plateref, "a packing slip")]),
    ("genuine_ledgers_and_kerning_tables", "real-looking edition ledgers (n/N, quire and sheet counts, page pairs) and kerning dumps - the same shapes as the world-disguise evasions, carrying nothing",
     [("edition_ledger_page", k_ledger, "the edition ledger"), ("font_kerning_dump", k_kerning, "the kerning table")]),
]


def build(reg_strings, pw_check, extra_check):
    """reg_strings: registered strings (6+ chars) that no negative may contain."""
    rng = random.Random(SEED)
    recs = []
    seen = set()
    long_regs = [s for s in reg_strings if len(s) >= 6]
    for cname, _, bases in CLASSES:
        for bname, fn, what in bases:
            for w in WRAPPER_NAMES:
                for _ in range(200):
                    body = fn(rng)
                    if WRAPPERS[w]:
                        text = WRAPPERS[w].format(what=what, body=body, tick=rng.randint(10000, 99999))
                    else:
                        text = body
                    if text in seen or pw_check(text) or extra_check(text):
                        continue
                    if any(s in text for s in long_regs):
                        continue
                    break
                else:
                    raise RuntimeError("could not draw a clean negative for " + bname)
                seen.add(text)
                recs.append({"class": cname, "container": bname + w, "text": text, "source": "negative"})
    return recs
