"""Negatives: texts from the same world that contain no secret at all."""
import base64
import hashlib
import json
import random

import common264 as C
import world264 as W

SEED = 26406

CLASSES = []


def klass(name, desc, kinds):
    CLASSES.append({"name": name, "desc": desc, "kinds": kinds})


WRAPPERS = [
    ("", None),
    ("__posted_in_mattermost_ops", "Mattermost #ops, %s: pasting this for reference, it is public / reference data, nothing to rotate.\n```\n%s\n```"),
    ("__scanned_from_office_binder", "[scan of a page from the office binder, OCR]\nThis page holds reference data only; no logins are kept in this binder.\n%s\n[end of page]"),
    ("__attached_to_servicenow_case", "CS%07d attachment (text extract). Support note: the attached content contains no credentials.\n---\n%s\n---"),
    ("__quoted_in_supplier_email", "From: %s\nSubject: Re: paperwork for the next delivery\n\nPlease find the details below (all of it is fine to share with your team).\n\n> %s\n\nBest regards"),
]


def wrap(rng, idx, body):
    suffix, fmt = WRAPPERS[idx]
    if fmt is None:
        return body
    if idx == 1:
        return fmt % (W.person(rng), body)
    if idx == 2:
        return fmt % body
    if idx == 3:
        return fmt % (rng.randrange(10 ** 6, 10 ** 7), body)
    return fmt % (W.email(rng), body.replace("\n", "\n> "))


# ---------------------------------------------------------------- identifier helpers
def gtin13(rng):
    body = "50" + C.rstr(rng, C.DIGITS, 10)
    return body + C.gs1_check(body)


def ean8(rng):
    body = "50" + C.rstr(rng, C.DIGITS, 5)
    return body + C.gs1_check(body)


def sscc(rng):
    body = str(rng.randrange(0, 10)) + "50" + C.rstr(rng, C.DIGITS, 14)
    return body + C.gs1_check(body)


def gln(rng):
    body = "50" + C.rstr(rng, C.DIGITS, 10)
    return body + C.gs1_check(body)


def gtin14(rng):
    body = "1" + "50" + C.rstr(rng, C.DIGITS, 10)
    return body + C.gs1_check(body)


def cas_random(rng):
    n1 = C.rstr(rng, C.DIGITS, rng.randint(2, 6)).lstrip("0") or "7"
    n2 = C.rstr(rng, C.DIGITS, 2)
    return "%s-%s-%s" % (n1, n2, C.cas_check(n1 + n2))


REAL_CAS = [("Sodium chloride", "7647-14-5"), ("Potassium iodate", "7758-05-6"), ("Calcium carbonate", "471-34-1"),
            ("Silicon dioxide", "7631-86-9"), ("Piperine", "94-62-2"), ("Capsaicin", "404-86-4"), ("Eugenol", "97-53-0"),
            ("Cinnamaldehyde", "104-55-2"), ("Curcumin", "458-37-7"), ("Safranal", "116-26-7"), ("Nitrogen", "7727-37-9"),
            ("Magnesium carbonate", "546-93-0"), ("Water", "7732-18-5")]


def s10(rng):
    serial = C.rstr(rng, C.DIGITS, 8)
    return rng.choice(["RR", "RX", "LY", "EE", "CP"]) + serial + C.s10_check(serial) + "GB"


GEO32 = "0123456789bcdefghjkmnpqrstuvwxyz"


def geohash(lat, lon, n=10):
    lat_r, lon_r = [-90.0, 90.0], [-180.0, 180.0]
    bits, even, out, ch = 0, True, [], 0
    while len(out) < n:
        rngv = lon_r if even else lat_r
        val = lon if even else lat
        mid = (rngv[0] + rngv[1]) / 2
        if val >= mid:
            ch = ch * 2 + 1
            rngv[0] = mid
        else:
            ch = ch * 2
            rngv[1] = mid
        even = not even
        bits += 1
        if bits == 5:
            out.append(GEO32[ch])
            bits, ch = 0, 0
    return "".join(out)


OLC = "23456789CFGHJMPQRVWX"


def plus_code(lat, lon):
    lat = min(max(lat, -90), 90 - 1e-9) + 90
    lon = (lon + 180) % 360
    code = ""
    res = 20.0
    for _ in range(5):
        la = int(lat // res)
        lo = int(lon // res)
        code += OLC[la] + OLC[lo]
        lat -= la * res
        lon -= lo * res
        res /= 20
    return code[:8] + "+" + code[8:]


def ssh_ed25519(rng):
    blob = (len(b"ssh-ed25519")).to_bytes(4, "big") + b"ssh-ed25519" + (32).to_bytes(4, "big") + C.rbytes(rng, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


BCRYPT64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
CRYPT64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def ansible_vault_blob(rng):
    salt = C.rbytes(rng, 32).hex()
    hm = C.rbytes(rng, 32).hex()
    ct = C.rbytes(rng, 16 * rng.randint(2, 4)).hex()
    inner = ("%s\n%s\n%s" % (salt, hm, ct)).encode().hex()
    lines = [inner[i:i + 80] for i in range(0, len(inner), 80)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines)


def age_armor(rng):
    hdr = ("age-encryption.org/v1\n-> X25519 %s\n%s\n--- %s\n" % (
        C.b64std(C.rbytes(rng, 32)).rstrip("="), C.b64std(C.rbytes(rng, 32)).rstrip("="), C.b64std(C.rbytes(rng, 32)).rstrip("="))).encode()
    body = base64.b64encode(hdr + C.rbytes(rng, rng.randint(60, 120))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(lines) + "\n-----END AGE ENCRYPTED FILE-----"


# ---------------------------------------------------------------- base kinds
def k_jar_labels(rng, ctx):
    rows = ["sku,description,gtin13,net_g,best_before"]
    for nm in rng.sample(["Cumin seed", "Smoked paprika", "Fleur de sel", "Grey salt", "Tellicherry pepper", "Cardamom pods",
                          "Sumac", "Ras el hanout", "Saffron threads", "Salt flakes"], 5):
        rows.append("PWK-%03d,%s,%s,%d,2026-%02d" % (rng.randrange(1000), nm, gtin13(rng), rng.choice([50, 100, 125, 250]), rng.randint(1, 12)))
    return "jar-label print run (Pepperwick, label printer bay 2)\n" + "\n".join(rows)


def k_shelf_labels(rng, ctx):
    lines = ["Shelf-edge labels, shop wall B"]
    for nm in rng.sample(["Nutmeg whole", "Mace blades", "Cloves", "Star anise", "Long pepper", "Kokum", "Amchur"], 4):
        lines.append("%-14s EAN-8 %s   GTIN-13 %s   £%d.%02d" % (nm, ean8(rng), gtin13(rng), rng.randint(2, 9), rng.choice([0, 25, 50, 75, 95])))
    return "\n".join(lines)


def k_gs1_128(rng, ctx):
    return ("GS1-128 pallet label, Saltcote Tidal Salt Works\n(00) %s\n(02) %s\n(37) %d\n(10) SCT%02d%02dA\n(15) 27%02d%02d\n"
            "Ship to GLN %s") % (sscc(rng), gtin14(rng), rng.randint(20, 80), rng.randint(24, 26), rng.randint(1, 12),
                                   rng.randint(1, 12), rng.randint(1, 28), gln(rng))


def k_gln_table(rng, ctx):
    lines = ["Dispatch note DN-%05d   party GLNs" % rng.randrange(100000)]
    for role in ["ship from", "ship to", "invoice to", "carrier"]:
        lines.append("  %-11s %s" % (role, gln(rng)))
    lines.append("  pallets: %d  SSCC first/last: %s / %s" % (rng.randint(2, 9), sscc(rng), sscc(rng)))
    return "\n".join(lines)


def k_sds(rng, ctx):
    picks = rng.sample(REAL_CAS, 4)
    lines = ["SAFETY DATA SHEET  Section 3: Composition / information on ingredients", "Substance              CAS No.        EC No.       %"]
    for nm, cas in picks:
        lines.append("%-22s %-14s %-12s %s" % (nm, cas, "%03d-%03d-%d" % (rng.randrange(200, 300), rng.randrange(1000), rng.randrange(10)), rng.choice(["<1", "1-5", ">95", "trace"])))
    lines.append("Other identifiers (internal test substances): %s, %s" % (cas_random(rng), cas_random(rng)))
    return "\n".join(lines)


def k_additives(rng, ctx):
    return ("Additive and transport register, grinding room\n- anti-caking: E535 sodium ferrocyanide, E536 potassium ferrocyanide, E551 silicon dioxide (CAS %s)\n"
            "- cryogen: nitrogen, refrigerated liquid, UN 1977, class 2.2 (CAS 7727-37-9)\n- carrier gas test standard CAS %s\n"
            "- SDS revision %d.%d held in the yellow folder") % (cas_random(rng), cas_random(rng), rng.randint(2, 9), rng.randint(0, 9))


def k_despatch_manifest(rng, ctx):
    lines = ["Click & Drop despatch manifest %d  service: Tracked 48" % rng.randrange(100000, 999999)]
    for _ in range(5):
        lines.append("%s  %s  %d.%03d kg  %s" % (s10(rng), rng.choice(["BS1", "EH6", "CO7", "N16", "LS8"]) + " " + str(rng.randint(1, 9)) + rng.choice(["AB", "QT", "ZX", "HN"]),
                                                 rng.randint(0, 3), rng.randrange(1000), rng.choice(["jar x6", "sack 5 kg", "gift box", "salt flakes x12"])))
    return "\n".join(lines)


def k_tracking_email(rng, ctx):
    t = s10(rng)
    return ("Subject: Your Pepperwick order has been dispatched\n\nHello %s,\nyour parcel is on its way. Tracking number: %s\n"
            "Track it at https://www.royalmail.com/track-your-item#/tracking-results/%s\nThank you for shopping with us.") % (W.first(rng), t, t)


def k_wg_config(rng, ctx):
    pubs = list(ctx["wg_publics"].values())
    chosen = rng.sample(pubs, min(3, len(pubs)))
    lines = ["# /etc/wireguard/wg0.conf on the marsh hub (keys of the peers are public; the hub's own key is in systemd-creds)",
             "[Interface]", "Address = 10.64.250.1/24", "ListenPort = 51820", "PostUp = wg set %i private-key /run/credentials/wg-quick@wg0.service/wg0.key", ""]
    for i, p in enumerate(chosen):
        lines += ["[Peer]", "# pan gateway %d" % (i + 1), "PublicKey = " + p, "AllowedIPs = 10.64.250.%d/32" % (10 + i), ""]
    other = C.b64std(C.x25519_public(C.rbytes(rng, 32)))
    lines += ["[Peer]", "# Evaporite laptop", "PublicKey = " + other, "AllowedIPs = 10.64.250.90/32"]
    return "\n".join(lines)


def k_wg_show(rng, ctx):
    pubs = list(ctx["wg_publics"].values())
    own = C.b64std(C.x25519_public(C.rbytes(rng, 32)))
    lines = ["$ sudo wg show", "interface: wg0", "  public key: " + own, "  private key: (hidden)", "  listening port: 51820", ""]
    for p in rng.sample(pubs, min(2, len(pubs))):
        lines += ["peer: " + p, "  endpoint: 81.2.%d.%d:51820" % (rng.randrange(256), rng.randrange(256)),
                  "  allowed ips: 10.64.250.%d/32" % rng.randint(10, 40), "  latest handshake: %d seconds ago" % rng.randint(3, 110),
                  "  transfer: %d.%02d MiB received, %d.%02d MiB sent" % (rng.randint(1, 90), rng.randrange(100), rng.randint(1, 30), rng.randrange(100)), ""]
    return "\n".join(lines).rstrip()


def k_jwks(rng, ctx):
    signer = ctx["signer"]
    keys = [{"kty": "OKP", "crv": "Ed448", "use": "sig", "alg": "EdDSA", "kid": signer.kid, "x": C.b64url(signer.public)}]
    for i, pub in enumerate(signer.others):
        keys.append({"kty": "OKP", "crv": "Ed448", "use": "sig", "alg": "EdDSA", "kid": "tlm-ed448-202%d-%02d" % (4 + i, rng.randint(1, 12)), "x": C.b64url(pub)})
    rng.shuffle(keys)
    return "$ curl -s https://telemetry.kervalen-saunerie.example/.well-known/jwks.json\n" + json.dumps({"keys": keys}, indent=2)


def k_authorized_keys(rng, ctx):
    lines = ["# ~deploy/.ssh/authorized_keys on nomad-02"]
    for who in rng.sample(["pnair@evap-laptop", "mcastellan@mill-mac", "ci@ci.evaporite.example", "ylegoff@salorge-pi", "tnguyen@shop-mini"], 3):
        lines.append(ssh_ed25519(rng) + " " + who)
    return "\n".join(lines)


def k_till_users(rng, ctx):
    lines = ["till_db=# SELECT id, login, role, password_hash FROM staff;", " id | login   | role    | password_hash", "----+---------+---------+--------------------------------------------------------------"]
    for i in range(4):
        lines.append(" %2d | %-7s | %-7s | $2b$12$%s" % (i + 1, W.login(rng)[:7], rng.choice(["manager", "counter", "stock"]), C.rstr(rng, BCRYPT64, 53)))
    lines.append("(4 rows)")
    return "\n".join(lines)


def k_shadow(rng, ctx):
    lines = ["# /etc/shadow excerpt from the pan-house gateway (hashes only)"]
    for u in ["root", "ops", "scada"]:
        if rng.random() < 0.5:
            h = "$y$j9T$%s$%s" % (C.rstr(rng, CRYPT64, 22), C.rstr(rng, CRYPT64, 43))
        else:
            h = "$6$%s$%s" % (C.rstr(rng, CRYPT64, 16), C.rstr(rng, CRYPT64, 86))
        lines.append("%s:%s:%d:0:99999:7:::" % (u, h, rng.randint(19500, 20300)))
    return "\n".join(lines)


def k_b2sums(rng, ctx):
    lines = ["SHA256SUMS / B2SUMS for tide-node firmware %d.%d.%d" % (rng.randint(1, 3), rng.randint(0, 9), rng.randint(0, 20))]
    for f in ["tide-node-heltec-v3.bin", "tide-node-rak4631.uf2", "bootloader.bin"]:
        data = C.rbytes(rng, 64)
        lines.append("%s  %s" % (hashlib.blake2b(data).hexdigest(), f))
        lines.append("%s  %s" % (hashlib.sha256(data).hexdigest(), f))
    return "\n".join(lines)


def k_git_log(rng, ctx):
    lines = ["$ git log --format='%H %s' -5"]
    for msg in rng.sample(["pans: debounce float switch", "shop: bump Laravel", "sync: retry on 429", "docs: sluice wiring photo",
                           "mill: log nitrogen level", "ci: cache pip", "harvest: fix kg rounding"], 5):
        lines.append("%s %s" % (hashlib.sha1(C.rbytes(rng, 40)).hexdigest(), msg))
    return "\n".join(lines)


def k_checkout_head(rng, ctx):
    return ("<!-- checkout.blade.php, public values only -->\n<script src=\"https://js.stripe.com/v3/\"></script>\n"
            "<script>const stripe = Stripe('pk_live_%s');</script>\n"
            "<script src=\"https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=%s\"></script>\n"
            "<script>Sentry.init({ dsn: 'https://%s@o%d.ingest.de.sentry.io/%d' });</script>") % (
        C.rstr(rng, C.ALNUM, 99), C.rstr(rng, C.ALNUM, 6), C.rstr(rng, C.HEXL, 32), rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 15, 10 ** 16))


def k_search_widget(rng, ctx):
    return json.dumps({
        "search": {"provider": "algolia", "appId": C.rstr(rng, C.UPPER_ALNUM, 10), "searchOnlyApiKey": C.rstr(rng, C.HEXL, 32), "index": "spices_prod"},
        "analytics": {"plausibleDomain": "shop.pepperwick.example"},
        "maps": {"style": "mapbox://styles/pepperwick/shops", "note": "public tile style only"},
    }, indent=2)


def k_dotenv_example(rng, ctx):
    return ("# .env.example  (copy to .env and fill in; never commit .env)\nAPP_ENV=production\nAPP_KEY=\nSPICE_CATALOGUE_API_KEY=<from the catalogue admin page>\n"
            "SHOPIFY_ADMIN_API_ACCESS_TOKEN=\nMOLLIE_LIVE_API_KEY=<ask Priti>\nBRINE_TELEMETRY_JWT=${BRINE_TELEMETRY_JWT}\nPAN_GATEWAY_WG_PRIVATE_KEY=REPLACE_ME\n")


def k_helm_values(rng, ctx):
    return ("# charts/pan-telemetry/values.yaml\nimage:\n  tag: \"2.%d.0\"\nauth:\n  existingSecret: pan-telemetry-auth\n  jwtKey: \"\"\n"
            "  sluicePairingCode: \"\"   # set per gate with --set-file\ncatalogue:\n  apiKey: \"\"  # injected by External Secrets\n") % rng.randint(1, 9)


def k_integrations_page(rng, ctx):
    return ("Settings > Integrations (Pepperwick shop admin)\nShopify admin token     shpat_" + "\u2022" * 24 + C.rstr(rng, C.HEXL, 4) + "   rotated 12 days ago\n"
            "Mollie live key         live_" + "\u2022" * 20 + "   [Reveal is disabled for your role]\n"
            "Klaviyo private key     pk_********************\nCatalogue API key       spk_" + "*" * 8 + "\u2026   last used today\n")


def k_ci_masked(rng, ctx):
    return ("2025-03-%02dT09:%02d:11.0Z ##[group]Run ./deploy.sh\n2025-03-%02dT09:%02d:11.2Z env:\n  SHOPIFY_ADMIN_API_ACCESS_TOKEN: ***\n"
            "  BRINE_TELEMETRY_JWT: ***\n  GRINDER_FLEET_LICENCE_KEY: ***\n2025-03-%02dT09:%02d:14.9Z deploy: uploading build 1.%d.0 ... done\n") % (
        rng.randint(1, 28), rng.randint(0, 59), rng.randint(1, 28), rng.randint(0, 59), rng.randint(1, 28), rng.randint(0, 59), rng.randint(10, 90))


def k_keyvault_refs(rng, ctx):
    return json.dumps([
        {"name": "SPICE_CATALOGUE_API_KEY", "value": "@Microsoft.KeyVault(SecretUri=https://kv-pepperwick.vault.azure.net/secrets/catalogue-api-key/%s)" % C.rstr(rng, C.HEXL, 32)},
        {"name": "MOLLIE_LIVE_API_KEY", "value": "@Microsoft.KeyVault(VaultName=kv-pepperwick;SecretName=mollie-live)"},
        {"name": "APP_KEY", "value": "@Microsoft.KeyVault(SecretUri=https://kv-pepperwick.vault.azure.net/secrets/laravel-app-key/)"},
    ], indent=2)


def k_ssm_refs(rng, ctx):
    acct = C.rstr(rng, C.DIGITS, 12)
    return ("# deploy/params.yaml  (pointers only)\nscada_login: ssm:/saltcote/prod/pan-house/scada-login\n"
            "wg_key: arn:aws:secretsmanager:eu-west-2:%s:secret:pan-gw-wg-%s\n"
            "catalogue_key: op://Evaporite Ops/Spice catalogue/credential\nsluice_pairing: vault:kv/data/marsh/sluice#pairing_code\n") % (acct, C.rstr(rng, C.ALNUM, 6))


def k_ansible_vault(rng, ctx):
    return "$ cat group_vars/pans/vault.yml\n" + ansible_vault_blob(rng)


def k_age_jasypt(rng, ctx):
    return ("# backups/harvest-2024.tar.age (armored)\n" + age_armor(rng) +
            "\n\n# application.properties (jasypt)\ncatalogue.api.key=ENC(%s)\n" % C.b64std(C.rbytes(rng, 48)))


def k_quickstart(rng, ctx):
    return ("Quick start\n1. Create a custom app in your Shopify admin and copy the Admin API access token.\n"
            "2. export SHOPIFY_ADMIN_API_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
            "3. export SPICE_CATALOGUE_API_KEY=spk_<32 characters>_<8 hex>\n4. Run `make sync`. Keys are never printed by the tool.\n")


def k_api_reference(rng, ctx):
    return ("Authentication\nSend the service token in the Authorization header:\n    Authorization: Bearer <your-brine-telemetry-jwt>\n"
            "Tokens are EdDSA (Ed448) JWTs; verify them against /.well-known/jwks.json.\n"
            "Pairing codes look like SLG-nnnn-nnnn-nnnn-L, where L is a check letter. Example: SLG-0000-0000-0000-? (compute your own).\n")


def k_handbook(rng, ctx):
    return ("Staff handbook, section 7: computers and logins\nEveryone gets their own login for the tills, the mill controller and the pan-house PC. "
            "Choose something you can remember that nobody can guess, never write it on the monitor, and never send it by text or chat. "
            "If you think someone has seen yours, tell %s the same day and it will be changed. Shared logins for machines live in the "
            "office password manager, not in notebooks.") % W.first(rng)


def k_toolbox_minutes(rng, ctx):
    return ("Toolbox talk minutes, %s, pan house\nPresent: %s, %s, %s\n1. Rotating the catalogue and telemetry keys after the laptop theft: done by Evaporite, "
            "new values only in the vault.\n2. Reminder: no codes on sticky notes at the checkweigher.\n3. Next talk: manual handling of 25 kg sacks.") % (
        "2025-03-%02d" % rng.randint(1, 28), W.person(rng), W.person(rng), W.person(rng))


def bad_slg(rng):
    d = C.rstr(rng, C.DIGITS, 12)
    good = C.mod23_letter(d)
    bad = rng.choice([x for x in C.MOD23_LETTERS if x != good])
    return "SLG-%s-%s-%s-%s" % (d[0:4], d[4:8], d[8:12], bad)


def bad_spk(rng):
    body = C.rstr(rng, C.ALNUM, 32)
    good = C.blake2s_tail(body)
    while True:
        t = C.rstr(rng, C.HEXL, 8)
        if t != good:
            return "spk_%s_%s" % (body, t)


def bad_crk(rng):
    s = C.rstr(rng, C.CROCKFORD, 24)
    good = C.crockford_check(s)
    bad = rng.choice([x for x in C.CROCKFORD_CHECK if x != good and x in C.CROCKFORD])
    return "%s-%s-%s-%s-%s%s" % (s[0:5], s[5:10], s[10:15], s[15:20], s[20:24], bad)


def k_validator_tests(rng, ctx):
    return ("# tests/test_codes.py  (fixtures that MUST be rejected)\nBAD_PAIRING = [\n    \"%s\",\n    \"%s\",\n]\nBAD_CATALOGUE_KEYS = [\"%s\"]\n"
            "BAD_LICENCES = [\"%s\"]\n\ndef test_rejects():\n    for code in BAD_PAIRING:\n        assert not valid_pairing(code)\n") % (
        bad_slg(rng), bad_slg(rng), bad_spk(rng), bad_crk(rng))


def k_reject_log(rng, ctx):
    short = "base64:" + C.b64std(C.rbytes(rng, 31))
    return ("licence-server reject log\n%s WARN licence check symbol mismatch key=%s\n%s WARN pairing letter mismatch code=%s\n"
            "%s WARN APP_KEY rejected: decodes to 31 bytes, need 32 (%s)\n") % (
        "2025-03-02T07:14:09Z", bad_crk(rng), "2025-03-02T07:15:40Z", bad_slg(rng), "2025-03-02T07:16:02Z", short)


def good_lot(rng):
    d = C.rstr(rng, C.DIGITS, 8)
    return "LOT-%s%s" % (d, C.mod23_letter(d))


def good_btc(rng):
    body = C.rstr(rng, C.ALNUM, 16)
    return "btc_%s_%s" % (body, C.blake2s_tail(body))


def good_shelf(rng):
    s = C.rstr(rng, C.CROCKFORD, 8)
    return "%s-%s%s" % (s[:4], s[4:], C.crockford_check(s))


def k_sack_labels(rng, ctx):
    lines = ["Sack labels, Saltcote grey salt 25 kg (printed on every sack, lot letter = mod-23 check)"]
    for _ in range(4):
        lines.append("  %s   packed %02d/%02d   pan %d" % (good_lot(rng), rng.randint(1, 28), rng.randint(1, 12), rng.randint(1, 4)))
    return "\n".join(lines)


def k_batch_trace(rng, ctx):
    lines = ["Batch trace sheet (public, printed on the jar base): tag with BLAKE2s tail, shelf code with Crockford check"]
    for nm in rng.sample(["garam masala", "ras el hanout", "za'atar", "berbere", "baharat", "dukkah"], 3):
        lines.append("  %-14s %s   shelf %s" % (nm, good_btc(rng), good_shelf(rng)))
    return "\n".join(lines)


def k_saffron_report(rng, ctx):
    return ("ISO 3632-2 test report  sample %s/%d\nOrigin: %s   Lot received %02d/%02d\nMoisture and volatile matter: %.1f %%\n"
            "Picrocrocin E1%% 257 nm: %d\nSafranal E1%% 330 nm: %d\nCrocin E1%% 440 nm: %d\nCategory: I") % (
        rng.choice(["SAF", "SFN"]), rng.randrange(100, 999), rng.choice(["Khorasan", "La Mancha", "Kashmir", "Herat"]),
        rng.randint(1, 28), rng.randint(1, 12), rng.uniform(7, 11), rng.randint(70, 110), rng.randint(25, 48), rng.randint(200, 270))


def k_salt_analysis(rng, ctx):
    return ("Certificate of analysis, flaky sea salt, lot %s\nNaCl (dry basis) %.2f %%\nMoisture %.2f %%\nInsolubles %.3f %%\n"
            "Calcium %d mg/kg   Magnesium %d mg/kg   Sulphate %.2f %%\nLead <%.1f mg/kg   Iodine not added\nMethod refs: EuSalt AS 015, AS 007") % (
        good_lot(rng), rng.uniform(97, 99.6), rng.uniform(0.1, 2.5), rng.uniform(0.005, 0.05), rng.randint(300, 1200),
        rng.randint(400, 2200), rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.5))


def k_pan_shift_log(rng, ctx):
    lines = ["Pan house shift log  %s  (%s)" % ("2025-03-%02d" % rng.randint(1, 28), W.person(rng)),
             "time   pan  brine Be  temp C  level mm  note"]
    for h in range(6, 14, 2):
        lines.append("%02d:00  %d    %.1f      %d      %d      %s" % (h, rng.randint(1, 4), rng.uniform(22, 26.5), rng.randint(60, 98), rng.randint(40, 160),
                                                            rng.choice(["skimmed", "topped up", "burner 2 lit", "flakes forming", "-"])))
    lines.append("harvest: %d kg flake, %d kg fine" % (rng.randint(20, 90), rng.randint(5, 40)))
    return "\n".join(lines)


def k_oeillet_register(rng, ctx):
    lines = ["Registre de récolte / harvest register, Marais de Kervalen, week %d" % rng.randint(20, 38),
             "paludier        oeillet  fleur de sel kg  gros sel kg  weather"]
    for _ in range(4):
        lines.append("%-15s %3d      %5.1f            %6.1f       %s" % (W.person(rng).split()[0], rng.randint(1, 120), rng.uniform(2, 14), rng.uniform(20, 160),
                                                                  rng.choice(["sun, NW 3", "haze", "sun, E 2", "cloud"])))
    return "\n".join(lines)


def k_blend_sheet(rng, ctx):
    a, b, c = rng.randint(2, 5), rng.randint(1, 4), rng.randint(2, 6)
    n = rng.randint(3, 12)
    return ("Blend requirements (worked), garam masala 250 g jars\n1 case = %d jars; 1 jar = %d scoops base mix + %d scoops cardamom; 1 scoop base mix = %d g cumin\n"
            "Order: %d cases -> jars %d -> scoops base mix %d -> cumin %d g\nChecked by %s") % (
        a, b, c, rng.randint(8, 15), n, n * a, n * a * b, n * a * b * 10, W.first(rng))


def k_dryer_schedule(rng, ctx):
    jobs = [(rng.randint(5, 25), rng.randint(5, 25)) for _ in range(4)]
    first = sorted([j for j in jobs if j[0] < j[1]], key=lambda j: j[0])
    last = sorted([j for j in jobs if j[0] >= j[1]], key=lambda j: -j[1])
    t1 = t2 = 0
    for w, d in first + last:
        t1 += w
        t2 = max(t1, t2) + d
    return ("Washer / dryer plan for today's lots (Johnson's rule, worked)\nlots (wash/dry min): %s\norder: %s\nall lots dry after %d min\n") % (
        ", ".join("%d/%d" % j for j in jobs), " > ".join("%d/%d" % j for j in first + last), t2)


MARSH = [(47.28, -2.45), (47.31, -2.41), (51.93, 1.12), (51.79, 0.97), (47.27, -2.49)]


def k_survey_points(rng, ctx):
    lines = ["point,lat,lon,geohash,plus_code,note"]
    for i in range(5):
        la, lo = rng.choice(MARSH)
        la += rng.uniform(-0.02, 0.02)
        lo += rng.uniform(-0.02, 0.02)
        lines.append("SP%02d,%.6f,%.6f,%s,%s,%s" % (i + 1, la, lo, geohash(la, lo), plus_code(la, lo), rng.choice(["sluice box", "bank erosion", "gauge board", "oeillet corner", "pump pit"])))
    return "\n".join(lines)


def k_driver_notes(rng, ctx):
    la, lo = rng.choice(MARSH)
    return ("Collection notes for the haulier\nPick-up: salorge door, plus code %s (geohash %s)\nGate is open 07:00-16:00; ask for %s.\n"
            "Overflow parking: %s\n") % (plus_code(la, lo), geohash(la, lo, 9), W.first(rng), plus_code(la + 0.003, lo - 0.002))


def k_payments_export(rng, ctx):
    lines = ["id,payment_intent,customer,amount,currency,status"]
    for _ in range(4):
        lines.append("ch_3%s,pi_3%s,cus_%s,%d,gbp,succeeded" % (C.rstr(rng, C.ALNUM, 23), C.rstr(rng, C.ALNUM, 23), C.rstr(rng, C.ALNUM, 14), rng.randint(450, 9000)))
    return "Stripe payments export (no keys in it)\n" + "\n".join(lines)


def k_marketplace_orders(rng, ctx):
    return ("Marketplace orders to pick today\nAmazon   %03d-%07d-%07d   2 x cumin 250 g\neBay     %02d-%05d-%05d   1 x grey salt 1 kg\n"
            "Etsy     receipt %d   gift box\nShopify  gid://shopify/Order/%d\n") % (
        rng.randrange(200, 210), rng.randrange(10 ** 7), rng.randrange(10 ** 7), rng.randrange(10, 30), rng.randrange(10 ** 5), rng.randrange(10 ** 5),
        rng.randrange(10 ** 9, 10 ** 10), rng.randrange(10 ** 12, 10 ** 13))


klass("spice_jar_gtin_barcode_labels", "GTIN-13 and EAN-8 numbers with real GS1 check digits on jar labels and shelf-edge labels",
      [("jar_label_print_run_csv", k_jar_labels), ("shelf_edge_label_sheet", k_shelf_labels)])
klass("pallet_sscc_gln_dispatch_labels", "GS1-128 pallet labels and dispatch notes: SSCC-18, GTIN-14 and GLN-13 with real GS1 check digits",
      [("gs1_128_pallet_label_text", k_gs1_128), ("dispatch_note_gln_table", k_gln_table)])
klass("sds_cas_registry_numbers", "safety-data-sheet compositions and an additive register: real CAS numbers (check digit valid) and invented ones with valid checks, E numbers, UN 1977",
      [("safety_data_sheet_section_three", k_sds), ("additive_and_transport_register", k_additives)])
klass("parcel_s10_tracking_numbers", "UPU S10 tracking numbers with real check digits in a despatch manifest and a dispatch e-mail",
      [("click_drop_despatch_manifest", k_despatch_manifest), ("customer_dispatch_email", k_tracking_email)])
klass("wireguard_peer_public_keys", "WireGuard public keys: the real X25519 public halves of this corpus's gateway private keys and other peers (public by design)",
      [("wg_hub_peer_config", k_wg_config), ("wg_show_output", k_wg_show)])
klass("ed448_jwks_and_ssh_public_keys", "the real Ed448 JWKS that verifies the brine-telemetry tokens and ssh-ed25519 authorized_keys lines",
      [("brine_telemetry_jwks_json", k_jwks), ("ssh_authorized_keys_file", k_authorized_keys)])
klass("staff_login_bcrypt_yescrypt_hashes", "bcrypt, yescrypt and sha512-crypt hashes (random in frame), one set in a column called password_hash",
      [("till_staff_table_dump", k_till_users), ("etc_shadow_excerpt", k_shadow)])
klass("firmware_b2sum_and_commit_digests", "BLAKE2b-512 and SHA-256 digests of random bytes and git commit hashes",
      [("firmware_release_b2sums", k_b2sums), ("git_log_hash_listing", k_git_log)])
klass("storefront_publishable_identifiers", "public by design: Stripe pk_live_, a Klaviyo company id, a Sentry DSN, an Algolia search-only key",
      [("checkout_head_script_tags", k_checkout_head), ("search_widget_public_config", k_search_widget)])
klass("env_template_placeholders", "this corpus's own key names with empty values, placeholders and references",
      [("dotenv_example_file", k_dotenv_example), ("helm_values_empty_auth", k_helm_values)])
klass("masked_key_previews", "bullet- and star-masked previews keeping at most four characters, and *** CI masks",
      [("integrations_settings_page_text", k_integrations_page), ("ci_job_log_masked_env", k_ci_masked)])
klass("keyvault_and_parameter_store_pointers", "Azure Key Vault references, SSM parameter names, Secrets Manager ARNs, op:// and vault: pointers",
      [("azure_keyvault_reference_settings", k_keyvault_refs), ("deploy_params_pointer_yaml", k_ssm_refs)])
klass("ansible_vault_age_jasypt_ciphertexts", "ciphertexts whose key is elsewhere: ansible-vault 1.1 blobs (real layout, random bytes), age armour with a real header layout, Jasypt ENC()",
      [("ansible_vault_encrypted_file", k_ansible_vault), ("age_armor_and_jasypt_values", k_age_jasypt)])
klass("integration_guide_placeholder_snippets", "documentation with xxxx placeholders, <...> markers and shape descriptions",
      [("vendor_quickstart_excerpt", k_quickstart), ("api_reference_auth_section", k_api_reference)])
klass("saltworks_security_handbook_prose", "handbook and toolbox-talk prose about logins and keys, with no value",
      [("staff_handbook_it_section", k_handbook), ("toolbox_talk_minutes", k_toolbox_minutes)])
klass("broken_check_fixture_tokens", "this corpus's own SLG- / spk_ / licence / APP_KEY shapes with a wrong mod-23 letter, a wrong BLAKE2s tail, a wrong Crockford symbol or 31 bytes",
      [("code_validator_test_fixtures", k_validator_tests), ("licence_server_reject_log", k_reject_log)])
klass("harvest_lot_labels_with_valid_checks", "public labels that use the positives' check algorithms under other prefixes: LOT- (mod 23), btc_ (BLAKE2s), shelf codes (Crockford), all valid",
      [("grey_salt_sack_labels", k_sack_labels), ("blend_batch_trace_sheet", k_batch_trace)])
klass("saffron_and_salt_assay_reports", "ISO 3632 saffron test reports and salt certificates of analysis",
      [("iso3632_saffron_test_report", k_saffron_report), ("salt_certificate_of_analysis", k_salt_analysis)])
klass("evaporation_pan_and_oeillet_logs", "pan-house shift logs (Baume, temperatures, levels) and the paludiers' harvest register",
      [("pan_house_shift_log", k_pan_shift_log), ("oeillet_harvest_register", k_oeillet_register)])
klass("genuine_blend_and_scheduling_workings", "genuine blend requirements and a worked washer/dryer plan: the look of two evasions, carrying nothing",
      [("blend_requirements_worked_sheet", k_blend_sheet), ("washer_dryer_plan_sheet", k_dryer_schedule)])
klass("geohash_and_plus_code_locations", "real geohashes and Open Location Codes of marsh survey points and pick-up places",
      [("marsh_survey_points_csv", k_survey_points), ("haulier_collection_notes", k_driver_notes)])
klass("stripe_object_ids_and_order_numbers", "Stripe object ids (ch_, pi_, cus_) and marketplace order numbers: identifiers, not keys",
      [("stripe_payments_export_csv", k_payments_export), ("marketplace_pick_list", k_marketplace_orders)])

CLASS_NAMES = [c["name"] for c in CLASSES]
BASE_KINDS = [k for c in CLASSES for k, _ in c["kinds"]]
WRAPPER_NAMES = [w[0].lstrip("_") for w in WRAPPERS if w[0]]


def build(ctx, forbidden_check):
    """forbidden_check(text) returns a reason string if the text must be redrawn, else ''."""
    rng = random.Random(SEED)
    out, seen = [], set()
    for cl in CLASSES:
        for kname, fn in cl["kinds"]:
            for wi, (suffix, _fmt) in enumerate(WRAPPERS):
                for _ in range(200):
                    text = wrap(rng, wi, fn(rng, ctx))
                    if text in seen or forbidden_check(text):
                        continue
                    break
                else:
                    raise RuntimeError("negative %s%s keeps failing: %s" % (kname, suffix, forbidden_check(text)))
                seen.add(text)
                out.append({"class": cl["name"], "container": kname + suffix, "text": text, "source": "negative"})
    return out
