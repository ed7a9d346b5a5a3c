"""Negatives: 20 classes x 2 base kinds x 5 presentations; no secret in any of them."""
import base64
import hashlib
import json
import random

from common252 import (rstr, rbytes, uuid4, gs1_check, s10_check, iban_check, fletcher16, crc16_ccitt_false,
                       iso7064_mod37_36, MOD36, PEOPLE, FIRST, HEX, AN, UAN, b64u_nopad)

SEED = 25206

WRAPPERS = ["", "__in_whatsapp_thread", "__in_zammad_ticket", "__in_coop_forum_post", "__in_email_forward"]


def wrap(w, body, rng):
    a, b = rng.sample(PEOPLE, 2)
    ts = "%02d/%02d/2025, %02d:%02d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(7, 21), rng.randint(0, 59))
    if w == "":
        return body
    if w == "__in_whatsapp_thread":
        return "[%s] %s: pasting this so you can see what I mean\n%s\n[%s] %s: ok, nothing private in there" % (
            ts, a, body, ts, b)
    if w == "__in_zammad_ticket":
        return "Ticket#%d - %s\nCustomer note:\n%s\n-- \nTopped Up Refills helpdesk" % (
            rng.randint(10000, 99999), rng.choice(["question about an export", "is this right?", "label query",
                                                   "please check", "follow-up"]), body)
    if w == "__in_coop_forum_post":
        return "Re: %s (Wheatsheaf members forum)\n%s wrote:\nPasting what I see on my side:\n\n%s" % (
            rng.choice(["tech corner", "the new system", "deliveries", "ordering day"]), a, body)
    if w == "__in_email_forward":
        return ("---------- Forwarded message ---------\nFrom: %s <%s@wheatsheaflane-coop.example>\nSubject: Fwd: for the "
                "records\n\n%s\n" % (a, a.split()[0].lower(), body))
    raise ValueError(w)


PRODUCTS = ["Organic jumbo oats", "Red split lentils", "Tamari, wheat free", "Dried apricots, unsulphured",
            "Sunflower seeds", "Brown rice flour", "Chickpeas, dried", "Cold-pressed rapeseed oil",
            "Washing-up liquid refill", "Castile soap", "Porridge oats", "Basmati rice, brown", "Cashew pieces",
            "Peanut butter, smooth", "Laundry liquid refill", "Cider vinegar"]
PACKS = ["25kg", "12.5kg", "5kg", "3kg", "20L", "5L", "6x500g", "12x340g"]


def gtin13(rng):
    d = "50" + rstr(rng, "dig", 10)
    return d + gs1_check(d)


def sscc(rng):
    d = rstr(rng, "dig", 1) + "5012345" + rstr(rng, "dig", 9)
    return d + gs1_check(d)


def iban(rng):
    bank = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "CPBK", "TRIO"])
    bban = bank + rstr(rng, "dig", 6) + rstr(rng, "dig", 8)
    return "GB" + iban_check("GB", bban) + bban


def s10(rng):
    d = rstr(rng, "dig", 8)
    return rng.choice(["JD", "RR", "LX", "TT"]) + d + s10_check(d) + "GB"


def ed25519_line(rng, comment):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(rng, 32)
    return "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode(), comment)


def sha256hex(rng):
    return hashlib.sha256(rbytes(rng, 64)).hexdigest()


def sha1hex(rng):
    return hashlib.sha1(rbytes(rng, 64)).hexdigest()


CRYPT = "./" + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


# ---------------------------------------------------------------- base kinds
def k_price_list(rng):
    rows = ["sku,gtin13,description,pack,price_gbp"]
    for _ in range(5):
        rows.append("%s%05d,%s,%s,%s,%.2f" % (rng.choice(["SU", "IF", "ET"]), rng.randint(1000, 99999), gtin13(rng),
                                              rng.choice(PRODUCTS).replace(",", ""), rng.choice(PACKS),
                                              rng.uniform(3, 90)))
    return "\n".join(rows)


def k_shelf_label(rng):
    g = gtin13(rng)
    return ("^XA\n^CF0,28\n^FO30,20^FD%s^FS\n^FO30,60^FD%s  %s^FS\n^BY2\n^FO40,110^BEN,70,Y,N^FD%s^FS\n^XZ\n"
            "(label job for GTIN %s)" % (rng.choice(PRODUCTS), rng.choice(PACKS), "loose, bring a jar", g[:12], g))


def k_pallet_zpl(rng):
    s = sscc(rng)
    return ("^XA\n^FO40,40^A0N,30,30^FDWheatsheaf Lane Food Co-op^FS\n^FO40,90^A0N,24,24^FDSSCC (00) %s^FS\n"
            "^FO40,140^BY3^BCN,120,Y,N,N^FD>;>800%s^FS\n^XZ" % (s, s))


def k_asn(rng):
    return ("DESADV %d\nShip to: Wheatsheaf Lane Food Co-op, BS5\nSSCC: %s\n  (02) %s  (15) %02d%02d%02d  (10) L%d-%04d\n"
            "SSCC: %s\n  (02) %s  (37) %d\n" % (rng.randint(100000, 999999), sscc(rng), gtin13(rng).rjust(14, "0"),
                                                rng.randint(25, 27), rng.randint(1, 12), rng.randint(1, 28),
                                                rng.randint(24, 25), rng.randint(1, 9999), sscc(rng),
                                                gtin13(rng).rjust(14, "0"), rng.randint(20, 60)))


def k_dd_export(rng):
    rows = ["member_no,initials,sort_code,account_no,mandate_ref,iban"]
    for _ in range(4):
        ib = iban(rng)
        rows.append("M%05d,%s.%s.,%s-%s-%s,%s,MD000%s,%s" % (
            rng.randint(100, 99999), rng.choice("ABCDEFGHJKLMNPRSTW"), rng.choice("ABCDEFGHJKLMNPRSTW"),
            ib[8:10], ib[10:12], ib[12:14], ib[14:], rstr(rng, UAN, 10), ib))
    return "\n".join(rows)


def k_remittance(rng):
    ib = iban(rng)
    return ("Remittance advice\nPayee: Suma Wholefoods\nOur ref: WSL-INV-2025-%04d\nAmount: £%d.%02d\nPaid from: %s "
            "(sort code %s-%s-%s)\nGoCardless payment PM00%s, payout PO000%s\n" % (
                rng.randint(1, 9999), rng.randint(200, 4000), rng.randint(0, 99), ib, ib[8:10], ib[10:12], ib[12:14],
                rstr(rng, UAN, 10), rstr(rng, UAN, 10)))


def k_organic_cert(rng):
    return ("CERTIFICATE OF ORGANIC OPERATION\nOperator: Furrow & Fennel Veg Boxes Ltd\nControl body: GB-ORG-05 "
            "(Soil Association Certification)\nLicence number: P%d\nCertificate number: SA-C-2025-%05d\nActivities: "
            "packing, labelling, distribution of organic produce\nValid until: 31/03/2026\n" % (
                rng.randint(1000, 9999), rng.randint(1, 99999)))


def k_spec_sheet(rng):
    return ("PRODUCT SPECIFICATION\nProduct: %s\nOrganic control body: %s\nOperator licence: %d\nCountry of origin: %s\n"
            "Batch: B%d/%04d  Best before: %02d/2027\nAllergens: packed in a site that handles nuts\n" % (
                rng.choice(PRODUCTS), rng.choice(["GB-ORG-02", "GB-ORG-05", "GB-ORG-04"]), rng.randint(10000, 99999),
                rng.choice(["Italy", "Turkey", "UK", "Spain"]), rng.randint(24, 25), rng.randint(1, 9999),
                rng.randint(1, 12)))


def k_ttn_csv(rng):
    rows = ["device_id,dev_eui,join_eui,frequency_plan,app_key"]
    for i in range(4):
        rows.append("coldprobe-%02d,%s,%s,EU_863_870_TTN,(kept in The Things Stack)" % (
            rng.randint(1, 40), "70B3D57ED0" + rstr(rng, "HEX", 6), "0000000000000000" if i % 2 else
            "70B3D57ED00" + rstr(rng, "HEX", 5)))
    return "\n".join(rows)


def k_z2m_yaml(rng):
    out = ["devices:"]
    for name in rng.sample(["coldroom_door", "coldroom_temp", "shed_light", "bin_07_level", "till_plug"], 3):
        out.append("  '0x00124b00%s':\n    friendly_name: %s\n    retain: false" % (rstr(rng, HEX, 8), name))
    return "\n".join(out)


def k_scale_ticket(rng):
    plu = rng.choice([94011, 94225, 94046, 94664, 94062])
    pence = rng.randint(80, 999)
    item = "%05d" % rng.randint(1, 99999)
    d = "20" + item + "%05d" % pence
    return ("TOPPED UP REFILLS\nBay 2   Op %d\nPLU %d  %s\nNet %.3f kg  @ £%.2f/kg\nTotal £%d.%02d\n%s\n" % (
        rng.randint(1, 9), plu, rng.choice(["Organic bananas", "Organic carrots", "Organic onions", "Loose oats"]),
        rng.uniform(0.1, 1.5), rng.uniform(1, 5), pence // 100, pence % 100, d + gs1_check(d)))


PLU_NAMES = {4011: "bananas", 94011: "organic bananas", 4062: "cucumbers", 94062: "organic cucumbers",
             3082: "broccoli", 4608: "garlic", 94608: "organic garlic", 4065: "green peppers",
             94065: "organic green peppers", 4664: "tomatoes on the vine", 94664: "organic tomatoes on the vine"}


def k_plu_table(rng):
    rows = ["plu;name;unit;price"]
    for plu in rng.sample(sorted(PLU_NAMES), 5):
        rows.append("%d;%s;kg;%.2f" % (plu, PLU_NAMES[plu], rng.uniform(0.9, 6.0)))
    return "\n".join(rows)


def k_sha256sums(rng):
    return "\n".join("%s  route-planner-1.%d.%d-%s.tar.gz" % (sha256hex(rng), rng.randint(10, 20), rng.randint(0, 9), a)
                     for a in ("linux-amd64", "linux-arm64", "darwin-arm64"))


def k_git_log(rng):
    msgs = ["fix tare rounding for 1L jars", "add Saturday delivery slot", "bump php to 8.3",
            "label printer: retry on timeout", "rota export as ods", "drop legacy PLU import"]
    return "\n".join("%s %s" % (sha1hex(rng)[:rng.choice([7, 40])], m) for m in rng.sample(msgs, 4))


def k_users_sql(rng):
    rows = []
    for i in range(3):
        rows.append("(%d, '%s@furrowfennel.example', '$2y$12$%s')" % (
            i + 1, rng.choice(FIRST).lower(), rstr(rng, CRYPT, 53)))
    return "INSERT INTO `users` (`id`, `email`, `password`) VALUES\n" + ",\n".join(rows) + ";"


def k_shadow(rng):
    rows = []
    for u in rng.sample(["nell", "tariq", "bryn", "saoirse", "deploy"], 3):
        rows.append("%s:$y$j9T$%s$%s:%d:0:99999:7:::" % (u, rstr(rng, CRYPT, 22), rstr(rng, CRYPT, 43),
                                                        rng.randint(19000, 20200)))
    rows.append("flask_admin hash: pbkdf2:sha256:600000$%s$%s" % (rstr(rng, AN, 16), rstr(rng, HEX, 64)))
    return "\n".join(rows)


def k_wg_peers(rng):
    out = ["[Interface]\nAddress = 10.8.0.1/24\nListenPort = 51820\n# private key lives in /etc/wireguard/wg0.key"]
    for i in range(3):
        out.append("[Peer]\n# van %02d\nPublicKey = %s\nAllowedIPs = 10.8.0.%d/32\nPersistentKeepalive = 25" % (
            rng.randint(1, 12), base64.b64encode(rbytes(rng, 32)).decode(), rng.randint(2, 60)))
    return "\n\n".join(out)


def k_authorized_keys(rng):
    return "\n".join(ed25519_line(rng, "%s@%s" % (f.lower(), rng.choice(["laptop", "packing-pc", "macbook"])))
                     for f in rng.sample(FIRST, 3))


def k_checkout_html(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe("pk_live_51%s");</script>\n'
            '<div id="my-store" data-ecwid-token="public_%s"></div>\n'
            '<script async src="https://maps.googleapis.com/maps/api/js?key=AIzaSy%s&callback=initMap"></script>' % (
                rstr(rng, AN, 97), rstr(rng, AN, 32), rstr(rng, "b64u", 33)))


def k_mobile_public_json(rng):
    mapbox = "pk." + b64u_nopad(json.dumps({"u": "furrowfennel", "a": rstr(rng, "lan", 25)},
                                           separators=(",", ":")).encode()) + "." + rstr(rng, "b64u", 22)
    return json.dumps({"squareApplicationId": "sq0idp-" + rstr(rng, "b64u", 22),
                       "sentryDsn": "https://%s@o%d.ingest.de.sentry.io/%d" % (rstr(rng, HEX, 32), rng.randint(10 ** 6, 10 ** 7),
                                                                              rng.randint(10 ** 15, 10 ** 16)),
                       "mapboxPublicToken": mapbox, "algoliaAppId": rstr(rng, UAN, 10),
                       "algoliaSearchOnlyKey": rstr(rng, HEX, 32)}, indent=2)


ENV_KEYS = ["PACKING_SHED_PC_PASSWORD", "ROUTE_PLANNER_TOKEN", "SCALE_SYNC_KEY", "MEMBER_CARD_KEY", "MEMBER_PORTAL_JWT",
            "BOX_BUILDER_APP_KEY", "COLD_STORE_WIREGUARD_PRIVATE_KEY", "SHOPIFY_ADMIN_API_ACCESS_TOKEN",
            "GOCARDLESS_LIVE_ACCESS_TOKEN", "BREVO_API_KEY", "TTN_LORAWAN_API_KEY", "OPENAI_PROJECT_API_KEY"]


def k_env_example(rng):
    vals = ["", "changeme", "<paste-from-vault>", "${%s:?must be set}", "your-key-here", "xxxxxxxx", "TODO"]
    out = ["# .env.example - copy to .env and fill in"]
    for k in rng.sample(ENV_KEYS, 6):
        v = rng.choice(vals)
        out.append("%s=%s" % (k, v % k if "%s" in v else v))
    return "\n".join(out)


def k_helm_template(rng):
    out = ["# values.yaml - real values come from the sealed secret", "secrets:"]
    for k in rng.sample(ENV_KEYS, 4):
        camel = "".join(w.capitalize() for w in k.lower().split("_"))
        camel = camel[0].lower() + camel[1:]
        out.append('  %s: ""   # --set secrets.%s=... at deploy' % (camel, camel))
    return "\n".join(out)


def k_dashboard_ocr(rng):
    return ("API keys\nLive secret key   sk_live_%s%s   [Reveal]\nAdmin API token   shpat_%s%s   Created %d Mar\n"
            "Webhook signing   whsec_%s   [Roll]\n" % ("\u2022" * 20, rstr(rng, HEX, 4), "\u2022" * 24, rstr(rng, HEX, 4),
                                                     rng.randint(1, 28), "\u2022" * 18))


def k_ci_masked(rng):
    return ("$ env | sort | grep -E 'TOKEN|KEY'\nBREVO_API_KEY=***\nROUTE_PLANNER_TOKEN=***\nSCALE_SYNC_KEY=[MASKED]\n"
            "$ ./deploy.sh\nusing token ****%s for %s\n" % (rstr(rng, "lan", 4), rng.choice(["routes", "boxes", "till"])))


def k_compose_refs(rng):
    return ("services:\n  boxes:\n    environment:\n      BREVO_API_KEY_FILE: /run/secrets/brevo\n"
            "      SHOPIFY_TOKEN: ${SHOPIFY_TOKEN:?}\n      OP_REF: op://Coop/Shopify Admin/credential\n"
            "    secrets: [brevo]\nsecrets:\n  brevo:\n    external: true\n")


def k_external_secret(rng):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: boxes-env\nspec:\n"
            "  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: GOCARDLESS_TOKEN\n"
            "      remoteRef:\n        key: arn:aws:secretsmanager:eu-west-2:%d:secret:coop/prod/gocardless-%s\n"
            "    - secretKey: VAULT_PATH\n      remoteRef:\n        key: vault:kv/data/coop/till#manager\n" % (
                rng.randint(10 ** 11, 10 ** 12 - 1), rstr(rng, AN, 6)))


def k_ansible_vault(rng):
    blob = rstr(rng, HEX, 80 * 6)
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(blob[i:i + 80] for i in range(0, len(blob), 80))


def k_rails_enc(rng):
    laravel = base64.b64encode(json.dumps({"iv": base64.b64encode(rbytes(rng, 16)).decode(),
                                           "value": base64.b64encode(rbytes(rng, 48)).decode(),
                                           "mac": rstr(rng, HEX, 64), "tag": ""},
                                          separators=(",", ":")).encode()).decode()
    return ("config/credentials/production.yml.enc:\n%s--%s--%s\n\n.env.encrypted (php artisan env:encrypt):\n%s\n" % (
        base64.b64encode(rbytes(rng, 96)).decode(), base64.b64encode(rbytes(rng, 12)).decode(),
        base64.b64encode(rbytes(rng, 16)).decode(), laravel))


def k_api_ref(rng):
    return ("GET /v1/routes/{route_id}/drops\nAuthorization: Bearer <YOUR_API_TOKEN>\n\nExample response\n"
            '{\n  "request_id": "%s",\n  "route_id": "rt_%d",\n  "drops": 42\n}\n\nErrors: 401 if the token is missing or '
            "revoked.\n" % (uuid4(rng), rng.randint(1000, 9999)))


def k_sdk_readme(rng):
    return ("## Quickstart\n\n```js\nimport { BoxClient } from '@furrow/boxes';\n\nconst client = new BoxClient({ token: "
            "process.env.BOXES_TOKEN });\n```\n\nSet `BOXES_TOKEN` to the token from Settings > API. Never commit it; use "
            "`YOUR_TOKEN_HERE` in examples.\n")


def k_handbook(rng):
    return rng.choice([
        "Passwords: every volunteer gets their own till login. Never share it, never write it on the shelf-edge "
        "cards, and change it if you think someone saw you type it. Long phrases are easier to remember than "
        "short codes.",
        "IT basics for new volunteers. The back-office PC locks after five minutes. If you forget your password, "
        "ask a coordinator to reset it - nobody will ever ask you for it by text or WhatsApp.",
    ]) + "\nLast reviewed %s." % rng.choice(["March 2025", "January 2025", "April 2025"])


def k_briefing(rng):
    return rng.choice([
        "Saturday briefing: scales were recalibrated on Thursday, tare table for the new 750 ml jars is loaded. "
        "Reminder that the cold-store panel code changed - ask Bryn in person, it is not going in the rota.",
        "Shift notes: till 2 asked for the manager login twice today; Marguerite entered it. Please do not ask "
        "anyone to read a password out loud at the counter.",
    ]) + "\n(notes by %s)" % rng.choice(FIRST)


def bad_rpf(rng):
    body = rstr(rng, AN, 28)
    good = fletcher16(body.encode())
    return "rpf_%s_%04x" % (body, (good + rng.randint(1, 500)) % 65536)


def bad_ssk(rng):
    body = rstr(rng, UAN, 20)
    good = crc16_ccitt_false(body.encode())
    return "ssk-%s-%04X" % (body, good ^ (1 << rng.randint(0, 15)))


def bad_wlc(rng):
    body = rstr(rng, MOD36, 24)
    good = iso7064_mod37_36(body)
    return "wlc." + body + rng.choice([c for c in MOD36 if c != good])


def k_validator_tests(rng):
    return ("import pytest\nfrom coop.tokens import is_valid\n\n@pytest.mark.parametrize(\"tok\", [\n    \"%s\",\n"
            "    \"%s\",\n    \"%s\",\n])\ndef test_rejects_bad_checksum(tok):\n    assert not is_valid(tok)\n" % (
                bad_rpf(rng), bad_ssk(rng), bad_wlc(rng)))


def k_reject_log(rng):
    out = []
    for f in (bad_rpf, bad_ssk, bad_wlc):
        out.append("2025-%02d-%02dT%02d:%02d:%02dZ WARN gateway rejected token=%s reason=checksum_mismatch" % (
            rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), f(rng)))
    return "\n".join(out)


def k_manifest(rng):
    rows = ["order_id,box,drop,postcode_out,tracking"]
    for _ in range(4):
        rows.append("FF-%06d,%s,%d,BS%d,%s" % (rng.randint(100000, 999999), rng.choice(["small", "medium", "large", "fruit"]),
                                               rng.randint(1, 60), rng.randint(1, 16), s10(rng)))
    return "\n".join(rows)


def k_dispatch_email(rng):
    return ("Hi %s,\n\nYour veg box (order FF-%06d) left the packing shed at %02d:%02d. Courier tracking: %s\n"
            "Drop %d on today's route.\n\nFurrow & Fennel\n" % (rng.choice(FIRST), rng.randint(100000, 999999),
                                                             rng.randint(6, 11), rng.randint(0, 59), s10(rng),
                                                             rng.randint(1, 60)))


def k_nginx(rng):
    out = []
    for _ in range(3):
        out.append('10.20.0.%d - - [%02d/Mar/2025:%02d:%02d:%02d +0000] "GET /api/boxes?week=%d HTTP/1.1" 200 %d '
                   '"-" "Furrow Drops/2.3" rid=%s' % (rng.randint(2, 250), rng.randint(1, 28), rng.randint(0, 23),
                                                       rng.randint(0, 59), rng.randint(0, 59), rng.randint(1, 52),
                                                       rng.randint(200, 9000), uuid4(rng)))
    return "\n".join(out)


def k_otel(rng):
    t = rstr(rng, HEX, 32)
    return json.dumps({"traceparent": "00-%s-%s-01" % (t, rstr(rng, HEX, 16)), "name": "POST /orders",
                       "spanId": rstr(rng, HEX, 16), "traceId": t, "attributes": {
                           "http.status_code": 201, "coop.order_id": "WSL-%06d" % rng.randint(1, 999999),
                           "shopify.gid": "gid://shopify/Order/%d" % rng.randint(10 ** 12, 10 ** 13)}}, indent=2)


def k_fridge_log(rng):
    rows = ["timestamp,probe,serial,reading"]
    for _ in range(5):
        rows.append("2025-%02d-%02d %02d:%02d,%s,%s,%.2f°F" % (
            rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.choice([0, 15, 30, 45]),
            rng.choice(["walk-in A", "walk-in B", "dairy chiller"]), "TP" + rstr(rng, "dig", 8),
            rng.uniform(34.0, 44.5)))
    return "\n".join(rows)


def k_calibration(rng):
    return ("CERTIFICATE OF CALIBRATION  No. WC-%d-%05d\nInstrument: retail scale, class III, Max 15 kg, e = 5 g\n"
            "Serial: %s\nTest loads: 0.5 kg, 2 kg, 5 kg, 10 kg, 15 kg - all within MPE\nNext due: %02d/2026\n" % (
                rng.randint(24, 25), rng.randint(1, 99999), rstr(rng, "dig", 10), rng.randint(1, 12)))


CLASSES = [
    ("gtin_product_barcodes", "GTIN-13 product codes with real GS1 check digits (price lists, shelf-edge label jobs)",
     [("wholesale_price_list_csv", k_price_list), ("shelf_edge_label_job", k_shelf_label)]),
    ("sscc_pallet_labels", "SSCC-18 pallet codes with real GS1 check digits, GS1-128 application identifiers",
     [("pallet_label_zpl", k_pallet_zpl), ("advance_ship_notice", k_asn)]),
    ("uk_bank_and_mandate_refs", "UK IBANs with real mod-97 check digits, sort codes, account numbers, GoCardless "
     "mandate / payment / payout ids", [("direct_debit_export_csv", k_dd_export), ("remittance_advice_email", k_remittance)]),
    ("organic_certification_refs", "organic control-body codes (GB-ORG-05), licence and certificate numbers, batches",
     [("organic_certificate_text", k_organic_cert), ("supplier_spec_sheet", k_spec_sheet)]),
    ("lorawan_and_zigbee_device_ids", "LoRaWAN DevEUI / JoinEUI and Zigbee IEEE addresses (public identifiers)",
     [("ttn_device_list_csv", k_ttn_csv), ("zigbee2mqtt_devices_yaml", k_z2m_yaml)]),
    ("plu_and_scale_ticket_codes", "produce PLUs (organic 9xxxx, the look of one evasion) and price-embedded EAN-13 "
     "with real check digits", [("scale_ticket_print", k_scale_ticket), ("plu_table_export", k_plu_table)]),
    ("file_digests_and_commits", "SHA-256 sums and git commit ids (real digests of random bytes)",
     [("release_sha256sums", k_sha256sums), ("git_log_oneline", k_git_log)]),
    ("stored_password_hashes", "bcrypt `$2y$`, yescrypt `$y$` and Werkzeug pbkdf2 hashes (random in frame) in "
     "columns called password", [("users_table_sql_dump", k_users_sql), ("shadow_file_lines", k_shadow)]),
    ("wireguard_and_ssh_public_keys", "WireGuard peer public keys (same Base64-of-32-bytes look as the positive "
     "private keys) and ssh-ed25519 keys in real wire format", [("wireguard_peer_sections", k_wg_peers),
                                                                ("authorized_keys_listing", k_authorized_keys)]),
    ("publishable_client_keys", "public by design: Stripe pk_live_51, Ecwid public_ token, Google Maps browser key "
     "(AIzaSy, the look of the Gemini positive), Square application id, Sentry DSN, Mapbox pk., Algolia search-only "
     "key", [("checkout_page_html", k_checkout_html), ("mobile_public_config_json", k_mobile_public_json)]),
    ("env_template_placeholders", "this corpus's own key names with empty / changeme / <...> / ${VAR:?} / TODO values",
     [("env_example_file", k_env_example), ("helm_values_template", k_helm_template)]),
    ("masked_secret_displays", "bullet-masked dashboard keys with at most four visible characters, *** and [MASKED] "
     "CI output", [("dashboard_screenshot_ocr", k_dashboard_ocr), ("ci_job_log_masked", k_ci_masked)]),
    ("secret_manager_pointers", "_FILE paths, ${VAR:?}, op:// references, Secrets Manager ARNs, vault paths",
     [("compose_secret_refs", k_compose_refs), ("external_secret_manifest", k_external_secret)]),
    ("ciphertext_blobs", "Ansible Vault AES256 bodies, Rails credentials.yml.enc, Laravel .env.encrypted (random in "
     "frame)", [("ansible_vault_file", k_ansible_vault), ("rails_credentials_enc", k_rails_enc)]),
    ("api_docs_placeholders", "API reference and SDK quick-start text with <YOUR_API_TOKEN> placeholders and "
     "UUIDv4 request ids", [("delivery_api_reference", k_api_ref), ("sdk_readme_quickstart", k_sdk_readme)]),
    ("password_policy_prose", "handbook and shift-briefing prose about passwords and codes, no value",
     [("volunteer_handbook_page", k_handbook), ("shift_briefing_notes", k_briefing)]),
    ("failed_check_token_fixtures", "this corpus's own rpf_ / ssk- / wlc. shapes with a wrong Fletcher-16, CRC-16 or "
     "MOD 37,36 check, in tests and reject logs", [("token_validator_tests", k_validator_tests),
                                                    ("gateway_reject_log", k_reject_log)]),
    ("order_and_tracking_refs", "box order numbers and Royal Mail S10 tracking numbers with real check digits",
     [("box_delivery_manifest_csv", k_manifest), ("dispatch_email", k_dispatch_email)]),
    ("request_and_trace_ids", "UUIDv4 request ids, W3C traceparent, span ids, Shopify gids",
     [("nginx_access_log", k_nginx), ("otel_span_export", k_otel)]),
    ("cold_chain_and_calibration_readings", "fridge-probe logs in °F (the look of one evasion), probe serials, scale "
     "calibration certificates", [("fridge_probe_csv_log", k_fridge_log), ("scale_calibration_certificate", k_calibration)]),
]
assert len(CLASSES) == 20


def build(is_clean):
    """is_clean(text) -> None or a reason; a negative failing it is redrawn."""
    rng = random.Random(SEED)
    recs, seen = [], set()
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for w in WRAPPERS:
                for _ in range(200):
                    text = wrap(w, fn(rng), rng)
                    if text not in seen and is_clean(text) is None:
                        break
                else:
                    raise RuntimeError("could not draw a clean negative for %s" % kname)
                seen.add(text)
                recs.append({"id": None, "class": cname, "container": kname + w, "text": text, "source": "negative"})
    return recs
