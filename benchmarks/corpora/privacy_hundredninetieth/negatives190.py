"""Hard negatives of the garden-centre world: texts with no secret that look as if they might hold one."""
import base64
import hashlib
import json
import random
import struct

from common190 import (ALNUM, B62, B64STD, B64URL, HEX, LOWER_ALNUM, UPPER_ALNUM, b64std, ean13_digit, luhn_digit,
                       rbytes, rs, uuid4)

SEED = 19006
DIG = "0123456789"

GENERA = [("Lavandula angustifolia", "Hidcote"), ("Heuchera", "Palace Purple"), ("Hosta", "June"),
          ("Hydrangea macrophylla", "Annabelle"), ("Salvia nemorosa", "Caradonna"), ("Clematis", "Nelly Moser"),
          ("Buxus sempervirens", ""), ("Acer palmatum", "Bloodgood"), ("Geranium", "Rozanne"),
          ("Digitalis purpurea", "Dalmatian Peach"), ("Rosa", "Gertrude Jekyll"), ("Astilbe", "Fanal"),
          ("Helleborus niger", ""), ("Olea europaea", ""), ("Prunus laurocerasus", "Rotundifolia")]
POTS = ["P9", "1L", "2L", "3L", "5L", "7.5L", "10L", "15L", "20L"]


def plant(r):
    g, c = r.choice(GENERA)
    return g + (" '%s'" % c if c else "")


def sku(r):
    g, c = r.choice(GENERA)
    return (g.split()[0][:3] + "-" + (c.replace(" ", "")[:4] or "SP") + "-" + r.choice(POTS)).upper()


def ean13(r):
    s = "50" + rs(r, DIG, 10)
    return s + ean13_digit(s)


def loyalty_card(r):
    s = "6337" + rs(r, DIG, 11)
    return s + luhn_digit(s)


def ed25519_pub(r):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(r, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def sha256_of(r):
    return hashlib.sha256(rbytes(r, 64)).hexdigest()


def md5_of(r):
    return hashlib.md5(rbytes(r, 64)).hexdigest()


def sha1_of(r):
    return hashlib.sha1(rbytes(r, 64)).hexdigest()


def blurhash(r):
    return rs(r, ALNUM + "#$%*+,-.:;=?@[]^_{|}~", 28)


# ------------------------------------------------------------------ base kinds
def passport_label(r):
    return ("PLANT PASSPORT / PP  🇬🇧\nA  %s\nB  GB-%s\nC  %s-%s-%s\nD  GB\n(batch printed %s, bench %d)"
            % (plant(r), rs(r, DIG, 5), rs(r, UPPER_ALNUM, 3), rs(r, DIG, 4), r.choice(POTS),
               "2024-0%d-%02d" % (r.randint(3, 9), r.randint(1, 28)), r.randint(1, 40)))


def phyto_register(r):
    rows = ["certificate_no,issued,origin,commodity,consignment_ref"]
    for _ in range(4):
        rows.append("%s-%s/%d,2024-0%d-%02d,%s,%s,CONS-%s" % (r.choice(["NL", "IT", "ES", "BE"]), rs(r, DIG, 7),
                                                             2024, r.randint(1, 9), r.randint(1, 28),
                                                             r.choice(["NL", "IT", "ES", "BE"]), plant(r), rs(r, UPPER_ALNUM, 8)))
    return "\n".join(rows)


def zpl_batch(r):
    out = []
    for _ in range(3):
        e = ean13(r)
        out.append("^XA^FO30,20^A0N,28,28^FD%s^FS^FO30,60^BEN,60,Y,N^FD%s^FS^FO30,140^A0N,24,24^FD%s £%d.99^FS^XZ"
                   % (plant(r)[:28], e[:12], r.choice(POTS), r.randint(3, 39)))
    return "\n".join(out)


def plu_export(r):
    rows = ["plu,ean13,description,price"]
    for _ in range(4):
        rows.append("%s,%s,%s %s,%d.99" % (rs(r, DIG, 5), ean13(r), plant(r), r.choice(POTS), r.randint(2, 49)))
    return "\n".join(rows)


def stock_sheet(r):
    rows = ["sku,plant,pot,qty,location"]
    for _ in range(5):
        rows.append("%s,%s,%s,%d,BAY-%s%02d" % (sku(r), plant(r), r.choice(POTS), r.randint(0, 400),
                                                 r.choice("ABCDEFG"), r.randint(1, 30)))
    return "\n".join(rows)


def potting_plan(r):
    return json.dumps({"plan_id": uuid4(r), "week": r.randint(1, 52), "lines": [
        {"sku": sku(r), "from_pot": "P9", "to_pot": r.choice(POTS[2:]), "qty": r.randint(20, 300),
         "compost": "peat-free multipurpose"} for _ in range(3)]}, ensure_ascii=False, indent=1)


def grower_email(r):
    lines = ["Good morning,", "", "Availability for week %d (ex-nursery, trolley rates):" % r.randint(1, 52)]
    for _ in range(4):
        lines.append("  %s  %s  code %s  %d available  £%d.%02d" % (plant(r), r.choice(POTS), rs(r, UPPER_ALNUM, 2) +
                                                                rs(r, DIG, 5), r.randint(10, 900), r.randint(1, 20), r.randint(0, 99)))
    lines += ["", "Orders by Thursday 2pm for Monday delivery.", "Hillside Perennials"]
    return "\n".join(lines)


def availability_xml(r):
    items = "".join('\n  <item code="%s" gtin="%s" pot="%s" qty="%d"/>' % (rs(r, UPPER_ALNUM, 2) + rs(r, DIG, 6), ean13(r),
                                                                           r.choice(POTS), r.randint(5, 600)) for _ in range(3))
    return '<availability grower="GB-%s" week="%d" feed_id="%s">%s\n</availability>' % (rs(r, DIG, 5), r.randint(1, 52), uuid4(r), items)


def loyalty_export(r):
    rows = ["card_number,member_since,tier,points_balance"]
    for _ in range(4):
        rows.append("%s,20%02d-0%d-01,%s,%d" % (loyalty_card(r), r.randint(12, 24), r.randint(1, 9),
                                                r.choice(["Seedling", "Sapling", "Oak"]), r.randint(0, 9000)))
    return "\n".join(rows)


def loyalty_statement(r):
    return ("Greenacre Garden Club – points statement\nCard %s\nOpening balance: %d points\nEarned: %d\n"
            "Redeemed: %d\nVoucher ref GCV-%s (already redeemed, no value)" % (loyalty_card(r), r.randint(100, 900),
                                                                                 r.randint(10, 300), r.randint(0, 100), rs(r, DIG, 8)))


def collect_email(r):
    return ("Your click & collect order GC-%s is ready!\nCollection slot: %s, 10:00–10:15, Bay %d\n"
            "Show this code at the desk: %s\nOrder ref: %s" % (rs(r, DIG, 7), "Sat 1%d June" % r.randint(0, 9),
                                                               r.randint(1, 6), rs(r, UPPER_ALNUM, 6), uuid4(r)))


def slot_api(r):
    return json.dumps({"slot_id": uuid4(r), "van": "VAN-%d" % r.randint(1, 3), "window": "13:00-15:00",
                       "postcode_district": "GU%d" % r.randint(1, 35), "capacity_left": r.randint(0, 8),
                       "request_id": uuid4(r)}, indent=1)


def sensor_yaml(r):
    out = ["sensors:"]
    for i in range(3):
        out.append("  - name: bench-%d-temp\n    mac: %s\n    dev_eui: %s\n    modbus_addr: %d"
                   % (r.randint(1, 40), ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(6)), rs(r, "0123456789ABCDEF", 16),
                      r.randint(1, 247)))
    return "\n".join(out)


def lorawan_uplink(r):
    return json.dumps({"deviceInfo": {"devEui": rs(r, HEX, 16), "deviceName": "glasshouse-%d" % r.randint(1, 9)},
                       "fCnt": r.randint(1, 60000), "fPort": 2, "data": b64std(rbytes(r, 11)),
                       "rxInfo": [{"gatewayId": rs(r, HEX, 16), "rssi": -r.randint(60, 118), "snr": 7.5}],
                       "deduplicationId": uuid4(r)}, indent=1)


def crontab(r):
    return "\n".join("%d %d * * %s /opt/irrigation/run --zone %d --valve V%02d --minutes %d"
                     % (r.choice([0, 15, 30, 45]), r.randint(4, 7), r.choice(["*", "1-5", "0,3,6"]), z, r.randint(1, 32),
                        r.randint(3, 20)) for z in range(1, 5))


def valve_ini(r):
    return "\n".join("[valve_V%02d]\nnode_id=%s\nline=%s\nflow_lpm=%d\n" % (r.randint(1, 32), rs(r, HEX, 8),
                                                                       r.choice(["drip", "mist", "overhead"]), r.randint(4, 60))
                     for _ in range(3))


def seed_packet(r):
    return ("Sweet Pea 'Matucana' – 20 seeds\nLot no. SP%s-%s\nGermination: %d%% (tested %s)\nPacked for season %d\n"
            "EAN %s" % (rs(r, DIG, 4), rs(r, UPPER_ALNUM, 4), r.randint(80, 98), "0%d/2024" % r.randint(1, 9),
                        2025, ean13(r)))


def germination_csv(r):
    rows = ["lot,species,ista_certificate,germ_pct,tested"]
    for _ in range(4):
        rows.append("%s-%s,%s,ISTA-%s-%s,%d,2024-0%d-1%d" % (rs(r, UPPER_ALNUM, 2), rs(r, DIG, 6), r.choice(
            ["Lathyrus odoratus", "Tropaeolum majus", "Calendula officinalis", "Cosmos bipinnatus"]), rs(r, UPPER_ALNUM, 3),
            rs(r, DIG, 5), r.randint(70, 99), r.randint(1, 9), r.randint(0, 9)))
    return "\n".join(rows)


def checkout_head(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_%s');\n"
            "  window.MAPS_BROWSER_KEY = 'AIza%s'; // HTTP-referrer restricted to *.seedsandbulbs.shop\n"
            "  const adyenClientKey = 'live_%s';\n</script>" % (rs(r, ALNUM, 99), rs(r, B64URL, 35), rs(r, UPPER_ALNUM, 32)))


def spa_public_config(r):
    return ("export const publicConfig = {\n  algoliaAppId: '%s',\n  algoliaSearchOnlyKey: '%s',\n"
            "  klaviyoCompanyId: '%s',\n  paypalClientId: 'A%s',\n  sentryDsn: 'https://%s@o%s.ingest.sentry.io/%s',\n};"
            % (rs(r, UPPER_ALNUM, 10), rs(r, HEX, 32), rs(r, ALNUM, 6), rs(r, B64URL, 79), rs(r, HEX, 32), rs(r, DIG, 6),
               rs(r, DIG, 7)))


def bridge_readme(r):
    return ("## Configure the climate bridge\n\n```env\nIRRIGATION_API_TOKEN=irv1.<32-hex-body>.<crc32>\n"
            "SENSOR_GATEWAY_TOKEN=gsgw_REPLACE_ME\nGROWER_FEED_HMAC_KEY=%s\nCLICK_COLLECT_WEBHOOK_SECRET=whsec_...\n```\n"
            "Never commit real values; ask the ops team." % ("0" * 64))


def env_example(r):
    return ("# .env.example – copy to .env and fill in\nSTOCK_DB_PASSWORD=\nPOS_SUPERVISOR_PASSWORD=changeme\n"
            "DELIVERY_SLOTS_JWT=<paste-jwt-here>\nSEED_SHOP_SECRET_KEY_BASE=${SEED_SHOP_SECRET_KEY_BASE:?set me}\n"
            "MOLLIE_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n")


def support_ticket(r):
    return ("Ticket #%s – till won't sync\nCustomer pasted config (masked by the helpdesk):\n"
            "  STOCK_DB_PASSWORD=********\n  MOLLIE_API_KEY=live_****************%s\n  irrigation token: irv1.[REDACTED]\n"
            "Agent: please never paste secrets here." % (rs(r, DIG, 6), rs(r, LOWER_ALNUM, 4)))


def masked_ci(r):
    return ("$ env | sort\nCI_COMMIT_SHA=%s\nCLIMATE_CONTROLLER_PASSWORD=[MASKED]\nGROWER_FEED_HMAC_KEY=***\n"
            "SENDGRID_MAIL_SEND_API_KEY=SG.••••••••%s\nJob succeeded" % (sha1_of(r), rs(r, B64URL, 4)))


def external_secret(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: stock-api\nspec:\n"
            "  secretStoreRef: {name: vault-greenacre, kind: ClusterSecretStore}\n  data:\n"
            "    - secretKey: STOCK_DB_PASSWORD\n      remoteRef: {key: kv/garden/prod/stock-db, property: password}\n"
            "    - secretKey: GROWER_FEED_HMAC_KEY\n      remoteRef: {key: kv/garden/prod/feeds, property: hmac}")


def keyvault_refs(r):
    return ("{\n  \"CafeBookings__AdminPassword\": \"@Microsoft.KeyVault(SecretUri=https://greenacre-kv.vault.azure.net/secrets/CafeAdminPassword/)\",\n"
            "  \"Loyalty__SmtpPassword\": \"{{resolve:ssm-secure:/greenacre/prod/loyalty-smtp:%d}}\",\n"
            "  \"Slots__Jwt\": \"arn:aws:secretsmanager:eu-west-2:%s:secret:prod/slots-jwt-%s\"\n}" % (
                r.randint(1, 9), rs(r, DIG, 12), rs(r, ALNUM, 6)))


def handbook(r):
    return ("6.2 Passwords and the tills\nEvery member of staff gets their own till login. Never share your password, "
            "never write it on the potting-shed whiteboard and change it when prompted every %d days. If you think "
            "someone knows your password, tell the duty manager straight away." % r.choice([60, 90]))


def quiz_answers(r):
    return ("Till training quiz – answers\nQ3: Where should you keep the supervisor password? A: Nowhere written "
            "down – ask the duty manager.\nQ4: What do you do if a customer asks for the Wi-Fi password? A: Point "
            "them to the café sign for the guest network.")


def photo_manifest(r):
    rows = ["file,sha256,md5,bytes"]
    for _ in range(3):
        rows.append("%s_%s.jpg,%s,%s,%d" % (sku(r).lower(), rs(r, DIG, 3), sha256_of(r), md5_of(r), r.randint(80000, 900000)))
    return "\n".join(rows)


def image_api(r):
    return json.dumps({"product": sku(r), "images": [{"url": "https://cdn.seedsandbulbs.shop/p/%s.webp" % rs(r, LOWER_ALNUM, 12),
                                                      "blurhash": blurhash(r), "etag": "\"%s\"" % md5_of(r)}]},
                      indent=1)


def sops_yaml(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64std(rbytes(r, n)), b64std(rbytes(r, 32)), b64std(rbytes(r, 16)))
    return ("stock_db_password: %s\ngrower_feed_hmac_key: %s\nsops:\n  kms:\n    - arn: arn:aws:kms:eu-west-2:%s:key/%s\n"
            "  lastmodified: \"2024-06-1%dT09:12:44Z\"\n  version: 3.8.1" % (enc(14), enc(64), rs(r, DIG, 12), uuid4(r), r.randint(0, 9)))


def ansible_vault(r):
    body = rbytes(r, 160).hex()
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(body[i:i + 80] for i in range(0, len(body), 80))


def users_dump(r):
    rows = []
    for i in range(3):
        rows.append("(%d, '%s@example.org', '$argon2id$v=19$m=65536,t=3,p=4$%s$%s')" % (
            r.randint(100, 9999), rs(r, LOWER_ALNUM, 8), b64std(rbytes(r, 16)).rstrip("="), b64std(rbytes(r, 32)).rstrip("=")))
    return "INSERT INTO loyalty_users (id, email, password_hash) VALUES\n" + ",\n".join(rows) + ";"


def django_fixture(r):
    return json.dumps([{"model": "auth.user", "pk": r.randint(2, 90), "fields": {
        "username": "till%d" % r.randint(1, 9), "password": "pbkdf2_sha256$720000$%s$%s" % (
            rs(r, ALNUM, 22), b64std(hashlib.sha256(rbytes(r, 32)).digest())), "is_staff": True}}], indent=1)


def known_hosts(r):
    return "\n".join("%s %s" % (h, ed25519_pub(r)) for h in ["climate.glasshouse.lan", "stockdb.nursery.internal",
                                                              "10.40.2.17"])


def ssh_prompt(r):
    fp = b64std(hashlib.sha256(rbytes(r, 51)).digest()).rstrip("=")
    return ("The authenticity of host 'feeds.nursery.internal (10.40.8.3)' can't be established.\n"
            "ED25519 key fingerprint is SHA256:%s.\nAre you sure you want to continue connecting (yes/no)?" % fp)


def deploy_digests(r):
    return "\n".join("  - image: registry.nursery.internal/%s@sha256:%s" % (n, sha256_of(r))
                     for n in ["stock-api", "climate-bridge", "slots"])


def commit_list(r):
    return "Release 2.%d (garden centre POS)\n" % r.randint(1, 40) + "\n".join(
        "* %s %s" % (sha1_of(r)[:r.choice([7, 40])], m) for m in
        ["fix pot-size rounding on 7.5L", "add Saturday click & collect slots", "loyalty: show tier on receipt"])


def stripe_events(r):
    return json.dumps({"id": "evt_" + rs(r, B62, 24), "type": "payment_intent.succeeded", "data": {"object": {
        "id": "pi_" + rs(r, B62, 24), "latest_charge": "ch_" + rs(r, B62, 24), "amount": r.randint(500, 9000),
        "currency": "gbp", "metadata": {"order": "GC-" + rs(r, DIG, 7)}}}, "request": {"idempotency_key": uuid4(r)}}, indent=1)


def shopify_headers(r):
    return ("X-Shopify-Topic: orders/create\nX-Shopify-Shop-Domain: seeds-and-bulbs.myshopify.com\n"
            "X-Shopify-Webhook-Id: %s\nX-Shopify-Event-Id: %s\nX-Shopify-Hmac-Sha256: %s\n"
            "X-Shopify-Triggered-At: 2024-06-1%dT08:14:02Z" % (uuid4(r), uuid4(r),
                                                              b64std(hashlib.sha256(rbytes(r, 40)).digest()), r.randint(0, 9)))


CLASSES = [
    ("plant_passport_and_phyto_certificate_refs", [("plant_passport_label_text", passport_label), ("phyto_certificate_register_csv", phyto_register)],
     "plant passport fields A–D (botanical name, GB registration, traceability code, origin), phytosanitary certificate and consignment numbers"),
    ("ean13_codes_on_pot_labels", [("pot_label_print_batch_zpl", zpl_batch), ("till_plu_export_csv", plu_export)],
     "EAN-13 barcodes with real check digits in ZPL label jobs and till PLU exports"),
    ("pot_size_codes_and_nursery_skus", [("nursery_stock_sheet_csv", stock_sheet), ("potting_plan_json", potting_plan)],
     "SKUs, pot sizes, bay locations, plan UUIDv4"),
    ("grower_availability_list_lines", [("grower_availability_email_body", grower_email), ("availability_feed_xml", availability_xml)],
     "grower item codes, GTINs, quantities, feed UUIDv4"),
    ("loyalty_card_numbers_with_luhn", [("loyalty_member_export_csv", loyalty_export), ("loyalty_points_statement_text", loyalty_statement)],
     "16-digit loyalty card numbers with real Luhn digits, redeemed voucher refs"),
    ("click_collect_order_and_slot_refs", [("collect_order_ready_email", collect_email), ("slot_booking_api_response_json", slot_api)],
     "order numbers, six-character desk codes, slot and request UUIDv4"),
    ("glasshouse_sensor_macs_and_deveuis", [("sensor_inventory_yaml", sensor_yaml), ("lorawan_uplink_event_json", lorawan_uplink)],
     "MAC addresses, DevEUIs, gateway ids, Base64 sensor payloads (measurements, not keys)"),
    ("irrigation_cron_lines_and_valve_ids", [("irrigation_crontab_listing", crontab), ("valve_map_ini", valve_ini)],
     "cron schedules, valve and node ids"),
    ("seed_lot_and_germination_refs", [("seed_packet_back_text", seed_packet), ("germination_test_report_csv", germination_csv)],
     "seed lot numbers, ISTA certificate refs, germination percentages, EAN-13"),
    ("browser_side_keys_in_seed_shop_frontend", [("seed_shop_checkout_html_head", checkout_head), ("click_collect_spa_public_config_js", spa_public_config)],
     "Stripe `pk_live_`, referrer-restricted `AIza` browser key, Adyen client key `live_…`, Algolia search-only key, Klaviyo company id, PayPal client id, Sentry DSN"),
    ("template_values_in_garden_sdk_docs", [("climate_bridge_readme_snippet", bridge_readme), ("seed_shop_env_example_file", env_example)],
     "`irv1.<32-hex-body>.<crc32>`, `gsgw_REPLACE_ME`, all-zero HMAC key, `whsec_...`, empty values, `changeme`, `<paste-jwt-here>`, `${…:?…}`, `live_xxxx…`"),
    ("masked_values_in_till_support_tickets", [("till_support_ticket_export", support_ticket), ("ci_deploy_log_masked_env", masked_ci)],
     "`********`, prefix plus stars and a 4-character tail, `[REDACTED]`, `[MASKED]`, `***`, bullets"),
    ("secret_store_pointers_in_garden_infra", [("k8s_external_secret_manifest", external_secret), ("azure_app_settings_keyvault_refs", keyvault_refs)],
     "External Secrets `remoteRef`, Key Vault references, `{{resolve:ssm-secure:…}}`, Secrets Manager ARNs"),
    ("password_rules_in_staff_handbook", [("staff_handbook_it_section", handbook), ("till_training_quiz_answers", quiz_answers)],
     "talk about passwords with no password in it"),
    ("plant_photo_digests_and_blurhashes", [("photo_library_manifest_csv", photo_manifest), ("product_image_api_json", image_api)],
     "real SHA-256 / MD5 digests of random bytes, ETags, BlurHash strings (token-looking image placeholders)"),
    ("sops_and_ansible_vault_ciphertext", [("sops_encrypted_yaml_file", sops_yaml), ("ansible_vault_encrypted_vars", ansible_vault)],
     "SOPS `ENC[AES256_GCM,…]` values and `$ANSIBLE_VAULT;1.1;AES256` bodies (random bytes in the right frame; ciphertext)"),
    ("argon2_and_django_pbkdf2_hashes", [("loyalty_users_table_dump", users_dump), ("django_auth_user_fixture_json", django_fixture)],
     "Argon2id PHC strings and Django `pbkdf2_sha256$…` hashes (one-way)"),
    ("ssh_host_keys_and_fingerprints", [("known_hosts_file_excerpt", known_hosts), ("ssh_first_connect_prompt", ssh_prompt)],
     "`ssh-ed25519` public host keys (real wire format) and SHA256 fingerprints"),
    ("image_digests_and_commit_hashes", [("deploy_manifest_with_digests", deploy_digests), ("release_notes_commit_list", commit_list)],
     "`sha256:` image digests and git commit SHA-1s (real digests of random bytes)"),
    ("webhook_event_and_idempotency_ids", [("stripe_event_log_json", stripe_events), ("shopify_webhook_headers_dump", shopify_headers)],
     "Stripe `evt_` / `pi_` / `ch_` object ids, idempotency keys, Shopify webhook ids and the per-delivery `X-Shopify-Hmac-Sha256` signature (not a key)"),
]

WRAPPERS = [
    ("in_nursery_staff_teams_chat", lambda b, r: "Teams – #garden-it\nJo Patel  10:02\nis any of this sensitive? pasted from the system:\n%s\nAlex Kim  10:05\nno, that's all fine to share 👍" % b),
    ("in_garden_it_helpdesk_email", lambda b, r: "Subject: RE: is this safe to send to the supplier?\n\nHi Sam,\n\nYes – nothing secret below.\n\n%s\n\nThanks,\nGarden IT" % b),
    ("in_grower_portal_jira_comment", lambda b, r: "GROW-%d · comment by m.evans\n{noformat}\n%s\n{noformat}" % (r.randint(100, 999), b)),
    ("in_centre_ops_confluence_page", lambda b, r: "Centre Ops / Reference data\n\n%s\n\nPage owner: operations" % b),
]


def build():
    rng = random.Random(SEED)
    out = []
    for cls, kinds, _desc in CLASSES:
        for kname, gen in kinds:
            for p in range(5):
                body = gen(rng)
                if p == 0:
                    out.append(dict(cls=cls, container=kname, text=body))
                else:
                    wname, wfn = WRAPPERS[p - 1]
                    out.append(dict(cls=cls, container=kname + "__" + wname, text=wfn(body, rng)))
    return out
