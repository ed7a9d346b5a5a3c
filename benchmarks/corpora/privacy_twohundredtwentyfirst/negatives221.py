"""Hard negatives of the beekeeping world: no secret in any text."""
import base64
import hashlib
import random

import common221 as C

WRAPPERS = [
    ("in_bee_forum_thread", lambda r, t: "Re: is this safe to post?\n> quoted from the beginners' board\n\n" + t + "\nNothing secret in there as far as I can tell.\n"),
    ("in_apiary_discord_channel", lambda r, t: "#hive-tech  %02d:%02d  Dewi\n```\n%s```\nthoughts?\n" % (r.randint(6, 22), r.randint(0, 59), t)),
    ("in_supply_shop_support_email", lambda r, t: "Subject: Re: order query\n\nHi,\n\nas requested, here is what the screen shows:\n\n" + t + "\nKind regards,\nWax & Wing Supplies\n"),
    ("in_hive_app_github_discussion", lambda r, t: "### Question about the output below\n\n```text\n" + t + "```\n\n_Posted in Q&A_\n"),
]
COLOURS = {0: "blue", 1: "white", 2: "yellow", 3: "red", 4: "green", 5: "blue", 6: "white", 7: "yellow", 8: "red", 9: "green"}
SITES = ["Heather Bank", "Orchard Lane", "Mill Meadow", "Clover Ridge", "Old Rectory", "Beck Side"]


def hx(r, n, up=False):
    return C.rs(r, C.UHEX if up else C.HEX, n)


def gtin(r, n):
    body = "50" + C.rs(r, C.DIGITS, n - 3)
    return body + C.gs1_check(body)


def isbn13(r):
    body = "9781" + C.rs(r, C.DIGITS, 8)
    return body + C.isbn13_check(body)


def issn(r):
    body = C.rs(r, C.DIGITS, 7)
    return body[:4] + "-" + body[4:] + C.issn_check(body)


def ssh_ed25519(r):
    def s(b):
        return len(b).to_bytes(4, "big") + b
    blob = s(b"ssh-ed25519") + s(C.rbytes(r, 32))
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def fp_colon(r):
    d = hashlib.sha256(C.rbytes(r, 40)).hexdigest().upper()
    return ":".join(d[i:i + 2] for i in range(0, 64, 2))


def b64lines(b, w=64):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


# class -> (description, [(kind, fn), (kind, fn)])
def k_apiary_csv(r):
    rows = ["apiary_id,site,grid_ref,hives,registered"]
    for _ in range(r.randint(3, 5)):
        rows.append("AP-2026-%06d,%s,SE%04d%04d,%d,2026-%02d-%02d" % (r.randint(1, 999999), r.choice(SITES), r.randint(0, 9999), r.randint(0, 9999), r.randint(2, 24), r.randint(1, 12), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


def k_hive_card(r):
    y = r.randint(2022, 2026)
    return ("HIVE RECORD CARD  Hive H-%02d  Apiary AP-2026-%06d\nQueen Q%02d-%03d (%s dot)  clipped: yes\n"
            "Frames BIAS 5 / stores 3   Temper 2   Varroa 4/day\nInspector ref NBU-%05d\n" % (r.randint(1, 60), r.randint(1, 999999), y % 100, r.randint(1, 400), COLOURS[y % 10], r.randint(1, 99999)))


def k_pedigree(r):
    return ("Breeder: Heatherbank Queens   Line: B-%02d\nDam  B%02d-%04d  x  Drone source D%02d-%04d\nII batch %s  sire group SG-%s\nGraft date 2026-%02d-%02d\n"
            % (r.randint(1, 40), r.randint(22, 25), r.randint(1, 9999), r.randint(22, 25), r.randint(1, 9999), hx(r, 16, True), hx(r, 6, True), r.randint(5, 7), r.randint(1, 28)))


def k_cage_label(r):
    return "^XA^FO40,30^ADN,24^FDQueen B26-%04d  mated 2026-%02d-%02d^FS^FO40,70^BQN,2,4^FDQA,qn-%s^FS^XZ\n" % (r.randint(1, 9999), r.randint(5, 8), r.randint(1, 28), hx(r, 20))


def k_jar_footer(r):
    return ("Raw Heather Honey 340g   Produce of England\nBatch L6-%03d-%s   Best before %02d/%d\nPacked by Heatherbank Apiary, reg. %s\n"
            % (r.randint(1, 400), r.choice(["HB", "WB", "SP"]), r.randint(1, 12), r.choice([2027, 2028]), C.rs(r, C.UPALNUM, 8)))


def k_bottling_log(r):
    rows = ["batch,tank,moisture_pct,hmf_mg_kg,jars,checksum"]
    for _ in range(r.randint(3, 5)):
        rows.append("L6-%03d,T%d,%.1f,%.1f,%d,%s" % (r.randint(1, 400), r.randint(1, 4), r.randint(160, 189) / 10, r.randint(20, 200) / 10, r.randint(40, 600), hx(r, 8)))
    return "\n".join(rows) + "\n"


def k_case_label(r):
    g = gtin(r, 14)
    return "OUTER CASE 12 x 340g\n(01)%s  ITF-14: %s\nEAN-8 single jar: %s\nPallet ref %s\n" % (g, g, gtin(r, 8), hx(r, 12, True))


def k_product_feed(r):
    rows = ["id,title,gtin,price,availability"]
    for _ in range(3):
        rows.append("%d,%s,%s,%.2f GBP,in stock" % (r.randint(1000, 9999), r.choice(["Heather honey 340g", "Cut comb 200g", "Set honey 454g", "Beeswax block 100g"]), gtin(r, 8) if r.random() < 0.5 else gtin(r, 14), r.randint(400, 1400) / 100))
    return "\n".join(rows) + "\n"


def k_ttn_device(r):
    return ('{\n  "ids": {\n    "device_id": "hive-scale-%02d",\n    "dev_eui": "%s",\n    "join_eui": "%s"\n  },\n  "lorawan_version": "MAC_V1_0_3",\n  "frequency_plan_id": "EU_863_870_TTN",\n  "session": {"dev_addr": "%s"}\n}\n'
            % (r.randint(1, 60), "70B3D57ED" + hx(r, 7, True), hx(r, 16, True), "260B" + hx(r, 4, True)))


def k_sticker(r):
    return "HIVE SCALE HS-%02d\nDevEUI %s\nJoinEUI %s\nS/N %s  FW 2.4.1\n" % (r.randint(1, 60), hx(r, 16, True), hx(r, 16, True), C.rs(r, C.UPALNUM, 10))


def k_uplink(r):
    return ('{"end_device_ids":{"device_id":"hive-scale-%02d","dev_eui":"%s"},"correlation_ids":["as:up:01J%s"],"uplink_message":{"f_port":2,"frm_payload":"%s","rx_metadata":[{"rssi":-%d,"snr":%.1f}]}}\n'
            % (r.randint(1, 60), hx(r, 16, True), C.rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23), base64.b64encode(C.rbytes(r, 11)).decode(), r.randint(60, 120), r.randint(-50, 100) / 10))


def k_serial_log(r):
    out = []
    for _ in range(4):
        out.append("[%6d] TX payload %s  (w=%.2fkg t=%.1fC)" % (r.randint(1000, 999999), hx(r, 22, True), r.randint(2000, 6000) / 100, r.randint(80, 360) / 10))
    return "\n".join(out) + "\n"


def k_library(r):
    rows = ["shelf,title,isbn,issn"]
    for t in ["Hive notes of a beginner", "Queen rearing simplified", "The heather honey year"]:
        rows.append("B%d,%s,%s," % (r.randint(1, 9), t, isbn13(r)))
    rows.append("J1,Bee journal (periodical),,%s" % issn(r))
    return "\n".join(rows) + "\n"


def k_reading(r):
    return ("Reading list for the beginners' course:\n- Swarm control made easy, ISBN %s\n- Varroa management, ISBN %s\n- Club journal, ISSN %s\n"
            % (isbn13(r), isbn13(r), issn(r)))


def k_letterhead(r):
    return ("Heatherbank & District Beekeepers' Association\nRegistered charity no. %d   Company no. %08d\nEORI GB%012d   Affiliated to the national association, ref %s\n"
            % (r.randint(1000000, 1199999), r.randint(1, 99999999), r.randint(0, 10 ** 12 - 1), C.rs(r, C.UPALNUM, 6)))


def k_annual_return(r):
    return ("Annual return 2025/26\nCharity number: %d\nCompany number: %08d\nFiling reference: %s\nTrustees: 5   Members: %d\n"
            % (r.randint(1000000, 1199999), r.randint(1, 99999999), hx(r, 24, True), r.randint(40, 400)))


def k_theme_liquid(r):
    return ("<script>\n  window.shopConfig = {\n    storefrontAccessToken: '%s',\n    shopDomain: 'goldcomb-honey.myshopify.com',\n    klaviyoCompanyId: '%s'\n  };\n</script>\n"
            % (hx(r, 32), C.rs(r, C.UPALNUM, 6)))


def k_checkout_head(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe("pk_live_51%s");</script>\n'
            '<script src="https://www.paypal.com/sdk/js?client-id=A%s&currency=GBP"></script>\n'
            '<script async src="https://maps.googleapis.com/maps/api/js?key=AIza%s&callback=initMap"></script>\n'
            % (C.rs(r, C.ALNUM, 97), C.rs(r, C.B64URL, 79), C.rs(r, C.B64URL, 35)))


def k_api_docs(r):
    return r.choice([
        "## Quick start\nSet credentials for the S3 export:\n\n    AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n    AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n\n(these are the example values from the AWS documentation)\n",
        "Example bearer token from jwt.io (signed with the literal text your-256-bit-secret):\n\n    eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n",
        "Slack's docs use this obviously fake value:\n\n    SLACK_BOT_TOKEN=xoxb-not-a-real-token-this-will-not-work\n",
        "TTN example: the AppKey in the tutorial is all zeros\n\n    app_key: 00000000000000000000000000000000\n\nGenerate your own in the console.\n",
    ]) + "Doc section %d.%d\n" % (r.randint(1, 9), r.randint(1, 20))


def k_sdk_readme(r):
    return r.choice([
        "```python\nclient = HiveClient(api_key=\"YOUR_API_KEY\")\nclient.scales.list(apiary=\"AP-2026-%06d\")\n```\n" % r.randint(1, 999999),
        "```js\nconst shop = new Shop({ token: process.env.SHOP_TOKEN }); // never hard-code it\n```\nSee issue #%d.\n" % r.randint(10, 999),
        "```bash\nexport TTN_API_KEY=\"NNSXS.<your-key>\"\ncurl -H \"Authorization: Bearer $TTN_API_KEY\" https://eu1.cloud.thethings.network/api/v3/applications\n```\n",
        "```yaml\nmqtt:\n  user: scale-%02d\n  pass: \"<set in secrets.yaml>\"\n```\n" % r.randint(1, 60),
    ])


def k_env_example(r):
    return r.choice([
        "HIVE_RECORDS_ADMIN_PASSWORD=\nSCALE_INGEST_TOKEN=hsi_<32 chars>_<crc32>\nVARROA_API_KEY=vca_XXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXX\n",
        "LORAWAN_APP_KEY=00000000000000000000000000000000\nLABEL_PASERK_KEY=k4.local.<generate with paserk-cli>\nDISPATCH_JWT=\n",
        "ADMIN_TOTP_SECRET=${ADMIN_TOTP_SECRET:?set me}\nQUEEN_DB_PASSWORD=changeme\nPOS_ADMIN_PASSWORD=<ask Maggie>\n",
        "SHOPIFY_ADMIN_API_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nOPENAI_PROJECT_API_KEY=sk-proj-...\nSLACK_BOT_USER_TOKEN=xoxb-...\n",
    ]) + "# copy to .env and fill in (ticket HH-%d)\n" % r.randint(100, 999)


def k_contrib_guide(r):
    return ("## Local setup\n1. Copy `.env.example` to `.env`.\n2. Ask a maintainer for the scale ingest token; it starts with `hsi_`.\n"
            "3. The dispatch JWT looks like `eyJhbGciOiJIUzM4NCJ9...` - never commit it.\n4. Run `make seed` (uses fixture user #%d).\n" % r.randint(1, 50))


def k_zendesk(r):
    return r.choice([
        "Customer pasted their key, we masked it: hsi_****************************_%s\n" % hx(r, 4),
        "API key on file: sk_live_51************************%s (last 4 shown)\n" % C.rs(r, C.ALNUM, 4),
        "Password: [redacted by agent]\nDevice: HS-%02d\n" % r.randint(1, 60),
        "Token: ••••••••••••%s   (rotated 2026-%02d-%02d)\n" % (C.rs(r, C.ALNUM, 4), r.randint(1, 12), r.randint(1, 28)),
    ]) + "Ticket #%d\n" % r.randint(10000, 99999)


def k_masked_order(r):
    return ("Order #GH-%d confirmed\nCard: **** **** **** %04d   Auth code: %s\nPayPal transaction: %s\nLogin link sent (token hidden)\n"
            % (r.randint(10000, 99999), r.randint(0, 9999), C.rs(r, C.UPALNUM, 6), C.rs(r, C.UPALNUM, 17)))


def k_op_inject(r):
    return ("# config.tpl - rendered with `op inject -i config.tpl -o .env`\nQUEEN_DB_PASSWORD={{ op://Apiary/Queen DB %d/password }}\nSCALE_INGEST_TOKEN={{ op://Apiary/Hive scales/credential }}\nSHOP_TOTP=op://Shop/Admin/one-time password?attribute=otp\n" % r.randint(1, 9))


def k_cloud_arn(r):
    return ("queen_db_secret_arn: arn:aws:secretsmanager:eu-west-2:%012d:secret:hive/queen-db-%s\n"
            "label_key_ref: projects/hivehaven-%d/secrets/label-paserk/versions/%d\n"
            "kv_uri: https://hivehaven-kv.vault.azure.net/secrets/dispatch-jwt/%s\n"
            % (r.randint(10 ** 11, 10 ** 12 - 1), C.rs(r, C.ALNUM, 6), r.randint(100, 999), r.randint(1, 12), hx(r, 32)))


BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def k_shadow(r):
    return ("honeyhouse:$6$%s$%s:20410:0:99999:7:::\nscales:$y$j9T$%s$%s:20412:0:99999:7:::\nnucs:!:20300::::::\n"
            % (C.rs(r, BCRYPT, 16), C.rs(r, BCRYPT, 86), C.rs(r, BCRYPT, 22), C.rs(r, BCRYPT, 43)))


def k_users_dump(r):
    rows = ["id | username | password_hash"]
    for u in ["maggie", "dewi", "priya"]:
        rows.append("%d | %s | $2b$12$%s" % (r.randint(1, 500), u, C.rs(r, BCRYPT, 53)))
    return "\n".join(rows) + "\n"


def k_authorized_keys(r):
    return "%s deploy@hive-records\n%s maggie@honeyhouse-pc\n" % (ssh_ed25519(r), ssh_ed25519(r))


def k_signing_note(r):
    fp = hx(r, 40, True)
    return "Release tarballs are signed with our OpenPGP key.\nFingerprint: %s\nVerify with: gpg --verify hive-records-2026.%d.tar.gz.asc\n" % (" ".join(fp[i:i + 4] for i in range(0, 40, 4)), r.randint(1, 12))


def k_x509(r):
    return ("Certificate:\n    Serial Number:\n        %s\n    Subject: CN=shop.goldcomb-honey.example\nSHA256 Fingerprint=%s\n"
            % (":".join(hx(r, 2) for _ in range(16)), fp_colon(r)))


def k_pinning(r):
    return ('{\n  "host": "api.hivehaven.lan",\n  "pins": [\n    "sha256/%s",\n    "sha256/%s"\n  ]\n}\n'
            % (base64.b64encode(hashlib.sha256(C.rbytes(r, 20)).digest()).decode(), base64.b64encode(hashlib.sha256(C.rbytes(r, 20)).digest()).decode()))


def k_age_armor(r):
    hdr = ("age-encryption.org/v1\n-> X25519 %s\n%s\n--- %s\n" % (C.b64u(C.rbytes(r, 32)), C.b64u(C.rbytes(r, 32)), C.b64u(C.rbytes(r, 32)))).encode()
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + b64lines(hdr + C.rbytes(r, 96)) + "\n-----END AGE ENCRYPTED FILE-----\n"


def k_rails_enc(r):
    return ("$ cat config/credentials/production.yml.enc\n%s--%s--%s\n$ cat app.properties\ndb.password=ENC(%s)\n"
            % (base64.b64encode(C.rbytes(r, 120)).decode(), base64.b64encode(C.rbytes(r, 12)).decode(), base64.b64encode(C.rbytes(r, 16)).decode(), base64.b64encode(C.rbytes(r, 32)).decode()))


def k_show_entries(r):
    rows = ["Exhibitor | Class | Entry | Description"]
    for _ in range(4):
        rows.append("NHS-%04d | %d | %d | %s" % (r.randint(1, 9999), r.randint(1, 80), r.randint(1, 400), r.choice(["2 jars light honey", "cut comb", "beeswax candle pair", "mead, dry"])))
    return "\n".join(rows) + "\n"


def k_results(r):
    rows = ["class,place,entry,points,judge_ref"]
    for p in range(1, 4):
        rows.append("%d,%d,%d,%d,J-%s" % (r.randint(1, 80), p, r.randint(1, 400), r.randint(60, 99), C.rs(r, C.UPALNUM, 5)))
    return "\n".join(rows) + "\n"


def k_minutes(r):
    return r.choice([
        "Item 6 - IT. The secretary reminded members that the club laptop password will be changed after the AGM and handed over in person, never by e-mail.\n",
        "Item 4 - website. Agreed that every committee member uses a password manager and a long passphrase; nobody should reuse their bank password for the club shop.\n",
        "Item 7 - hive scales. The treasurer asked where the scale tokens live; answer: in the club vault, and only two trustees can see them.\n",
    ]) + "Minutes approved %02d/%02d/2026.\n" % (r.randint(1, 28), r.randint(1, 12))


def k_welcome(r):
    return r.choice([
        "Welcome to the association! Your first login to the members' area uses the one-time link we e-mail you; pick a password of at least 14 characters.\n",
        "Forgotten your password? Use 'Reset password' on the login page - the apiary mentors cannot see or reset it for you.\n",
        "Security tip: a password like 'honey123' is guessed in seconds. Use three or four random words instead.\n",
    ]) + "Membership no. %d\n" % r.randint(1000, 9999)


def k_shopify_hooks(r):
    return ("POST /webhooks/orders-create\nX-Shopify-Topic: orders/create\nX-Shopify-Webhook-Id: %s\nX-Shopify-Event-Id: %s\nX-Shopify-Hmac-Sha256: %s\nX-Shopify-Shop-Domain: goldcomb-honey.myshopify.com\n"
            % (C.uuid4(r), C.uuid4(r), base64.b64encode(C.rbytes(r, 32)).decode()))


def k_payment_log(r):
    return ("POST /v1/payment_intents  Idempotency-Key: %s\n  -> 200  Request-Id: req_%s  (%d ms)\nPOST /v1/refunds  Idempotency-Key: %s\n  -> 200  Request-Id: req_%s\n"
            % (C.uuid4(r), C.rs(r, C.ALNUM, 14), r.randint(80, 900), C.uuid4(r), C.rs(r, C.ALNUM, 14)))


CLASSES = [
    ("hive_and_apiary_register_numbers", "apiary registrations, grid references, hive and queen numbers, inspector references", [("beebase_apiary_list_csv", k_apiary_csv), ("hive_record_card_ocr", k_hive_card)]),
    ("queen_marking_and_pedigree_codes", "queen and drone-source numbers, 16-hex insemination batch ids, QR payloads on cage labels", [("queen_breeder_pedigree_sheet", k_pedigree), ("queen_cage_label_zpl", k_cage_label)]),
    ("honey_batch_and_best_before_lines", "batch codes, best-before dates, registration codes and 8-hex row checksums", [("jar_label_batch_footer", k_jar_footer), ("bottling_log_csv", k_bottling_log)]),
    ("gtin_jar_and_case_barcodes", "EAN-8 and GTIN-14 / ITF-14 codes with real GS1 check digits", [("case_label_itf14_text", k_case_label), ("shop_product_feed_csv", k_product_feed)]),
    ("lorawan_device_identifiers", "LoRaWAN DevEUI, JoinEUI and DevAddr values (public identifiers; the AppKey is not there)", [("ttn_end_device_json", k_ttn_device), ("scale_provisioning_sticker_ocr", k_sticker)]),
    ("hive_scale_uplink_payloads", "Base64 and hex sensor payloads, ULID-style correlation ids, RSSI", [("ttn_uplink_webhook_json", k_uplink), ("scale_serial_monitor_log", k_serial_log)]),
    ("isbn_and_issn_bee_literature_refs", "ISBN-13 and ISSN with real check digits", [("club_library_catalogue_csv", k_library), ("reading_list_email", k_reading)]),
    ("association_charity_and_company_numbers", "charity, company and EORI numbers, 24-hex filing references", [("bee_association_letterhead", k_letterhead), ("annual_return_extract", k_annual_return)]),
    ("storefront_public_tokens", "Shopify Storefront token and Klaviyo company id (browser-side by design), Stripe `pk_live_51`, PayPal client id, browser `AIza` Maps key", [("honey_shop_theme_liquid", k_theme_liquid), ("checkout_page_html_head", k_checkout_head)]),
    ("vendor_documentation_example_values", "AWS documentation example keys, the jwt.io sample token, Slack's fake token, the all-zero TTN tutorial AppKey", [("api_docs_snippet_md", k_api_docs), ("sdk_readme_quickstart", k_sdk_readme)]),
    ("setup_template_placeholders", "`.env.example` and contributor-guide placeholders using the real everyday and vendor key names", [("shop_env_example_dotfile", k_env_example), ("contributor_setup_md", k_contrib_guide)]),
    ("redacted_values_in_support_tickets", "masked tokens, last-four displays, bullets, `[redacted by agent]`, masked card numbers", [("zendesk_ticket_export", k_zendesk), ("shop_order_email_masked", k_masked_order)]),
    ("secret_manager_uri_references", "1Password `op://` references, AWS Secrets Manager ARNs, GCP secret version paths, Azure Key Vault URIs (32-hex version ids)", [("onepassword_op_inject_template", k_op_inject), ("cloud_secret_reference_config", k_cloud_arn)]),
    ("bcrypt_and_sha_crypt_hashes", "bcrypt `$2b$`, sha512-crypt `$6$` and yescrypt `$y$` hashes (random in frame; column called password_hash)", [("shadow_file_excerpt", k_shadow), ("users_table_psql_dump", k_users_dump)]),
    ("ssh_public_keys_and_pgp_fingerprints", "OpenSSH ed25519 public keys (real wire format around random key bytes) and OpenPGP fingerprints", [("authorized_keys_file", k_authorized_keys), ("release_signing_note", k_signing_note)]),
    ("tls_certificate_fingerprints_and_pins", "certificate serials, SHA-256 fingerprints (real digests of random bytes) and SPKI pins", [("openssl_x509_text_excerpt", k_x509), ("cert_pinning_config_json", k_pinning)]),
    ("age_armor_and_rails_encrypted_blobs", "ASCII-armoured age files (real age header text, random stanzas and payload), Rails `credentials.yml.enc`, Jasypt `ENC(...)`", [("age_armored_backup_file", k_age_armor), ("rails_credentials_enc_dump", k_rails_enc)]),
    ("honey_show_entries_and_results", "exhibitor, class and entry numbers, points and judge references", [("show_schedule_entry_list", k_show_entries), ("judges_results_csv", k_results)]),
    ("bee_club_it_security_talk", "committee and welcome-pack prose about passwords without a password", [("committee_minutes_it_item", k_minutes), ("new_member_welcome_pack", k_welcome)]),
    ("webhook_delivery_ids_and_idempotency_keys", "UUIDv4 webhook, event and idempotency ids, request ids, per-delivery `X-Shopify-Hmac-Sha256` values", [("shopify_webhook_headers_log", k_shopify_hooks), ("payment_api_request_log", k_payment_log)]),
]


def generate(reg, seed=22106):
    rng = random.Random(seed)
    long_items = [s for s in reg.items if len(s) >= 6]
    recs, seen = [], set()
    for cname, _, kinds in CLASSES:
        for kname, fn in kinds:
            for w in [None] + WRAPPERS:
                for _ in range(100):
                    t = fn(rng)
                    if w:
                        t = w[1](rng, t)
                    if t in seen or C.pw_form_in(t) or any(s in t for s in long_items):
                        continue
                    if any(not C.is_uuid4(u) for u in C.UUID_FIND.findall(t)):
                        continue
                    break
                else:
                    raise RuntimeError("negative redraw failed " + kname)
                seen.add(t)
                recs.append({"class": cname, "container": kname + ("__" + w[0] if w else ""), "text": t, "source": "negative"})
    return recs
