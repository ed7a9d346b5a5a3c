"""Hard negatives from the butcher / fishmonger / farm-shop world: no secret in any text."""
import hashlib
import hmac
import random

from common205 import (ALNUM, DIGITS, HEX, UHEX, LOWER, UPPER, LOWER_ALNUM, UPPER_ALNUM, B64URL, SHOPS,
                       rs, rbytes, b64std, b64url_nopad, uuid4, gs1_check, imo_check, uk_vat_check)

SEED = 20506

CUTS = ["Rump steak", "Sirloin", "Pork belly", "Lamb rack", "Beef mince 15%", "Chicken thighs", "Ox cheek",
        "Venison haunch", "Gammon joint", "Pheasant brace", "Bavette", "Pork sausages", "Black pudding"]
FISH = [("COD", "Gadus morhua", "cod"), ("HAD", "Melanogrammus aeglefinus", "haddock"),
        ("HKE", "Merluccius merluccius", "hake"), ("PLE", "Pleuronectes platessa", "plaice"),
        ("MNZ", "Lophius spp.", "monkfish"), ("LEM", "Microstomus kitt", "lemon sole"),
        ("MAC", "Scomber scombrus", "mackerel"), ("POL", "Pollachius pollachius", "pollack")]
PORTS = ["PZ", "BM", "FR", "LT", "PD", "BF", "WY", "GY"]


def ean13(rng, prefix):
    body = prefix + rs(rng, DIGITS, 12 - len(prefix))
    return body + gs1_check(body)


def sscc(rng):
    body = "0" + "5060" + rs(rng, DIGITS, 12)
    return body + gs1_check(body)


def gtin14(rng):
    body = "1" + "5060" + rs(rng, DIGITS, 8)
    return body + gs1_check(body)


def imo(rng):
    six = str(rng.randint(100000, 999999))
    return "IMO " + six + imo_check(six)


def vat(rng):
    seven = str(rng.randint(1000000, 9999999))
    return f"GB {seven[:3]} {seven[3:]} {uk_vat_check(seven)}"


def sha256hex(rng):
    return hashlib.sha256(rbytes(rng, 40)).hexdigest()


def mac(rng):
    return ":".join(f"{rng.randrange(256):02x}" for _ in range(6))


def bcrypt_like(rng):
    return "$2b$12$" + rs(rng, "./" + ALNUM, 53)


# ---------------------------------------------------------------------------- base kinds
def k_scale_plu_master_csv(rng):
    rows = ["plu,description,dept,tare_g,price_per_kg,barcode_format"]
    for _ in range(5):
        rows.append(f"{rng.randint(1, 999):04d},{rng.choice(CUTS)},{rng.randint(1, 9)},{rng.choice([0, 5, 8, 12])},"
                    f"{rng.randint(600, 3800) / 100:.2f},F{rng.randint(1, 4)}")
    return "\n".join(rows)


def k_scale_tare_table_printout(rng):
    lines = ["*** TARE TABLE  SCALE " + f"{rng.randint(1, 6):02d} ***"]
    for i in range(1, 7):
        lines.append(f"T{i:02d}  {rng.choice(['tray S', 'tray M', 'tray L', 'bag', 'pot 250', 'pot 500'])}"
                     f"  {rng.randint(3, 40):>3} g  id {rs(rng, UPPER_ALNUM, 6)}")
    return "\n".join(lines)


def k_price_embedded_barcode_log(rng):
    lines = ["ts,scale,plu,weight_g,price,barcode"]
    for _ in range(5):
        item = f"{rng.randint(0, 99999):05d}"
        price = rng.randint(150, 4999)
        body = "21" + item + f"{price:05d}"
        lines.append(f"2024-06-14T0{rng.randint(7, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)},S{rng.randint(1, 4)},"
                     f"{item},{rng.randint(120, 2400)},{price / 100:.2f},{body + gs1_check(body)}")
    return "\n".join(lines)


def k_label_print_batch_txt(rng):
    lines = [f"Batch {rng.randint(1000, 9999)} – {rng.choice(CUTS)}"]
    for _ in range(5):
        lines.append(f"  label {rng.randint(1, 400):03d}  EAN {ean13(rng, '50')}  net {rng.randint(200, 1500)} g")
    return "\n".join(lines)


def k_bcms_movement_csv(rng):
    rows = ["ear_tag,breed,sex,dob,move_off,holding_cph"]
    for _ in range(4):
        rows.append(f"UK {rng.randint(100000, 999999)} {rng.randint(1, 6)} {rng.randint(1, 99999):05d},"
                    f"{rng.choice(['AA', 'HER', 'LIM', 'DEX', 'SHO'])},{rng.choice('MF')},"
                    f"20{rng.randint(21, 23)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)},2024-06-1{rng.randint(0, 9)},"
                    f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(1000, 9999)}")
    return "\n".join(rows)


def k_carcass_cut_sheet_header(rng):
    return (f"CUT SHEET   kill no. {rng.randint(1000, 9999)}   plant UK {rng.randint(1000, 9999)} EC\n"
            f"Ear tag: UK {rng.randint(100000, 999999)} {rng.randint(1, 6)} {rng.randint(1, 99999):05d}\n"
            f"Side: {rng.choice(['L', 'R'])}  HCW {rng.randint(280, 420)}.{rng.randint(0, 9)} kg  grade "
            f"{rng.choice(['R', 'O+', 'U-'])}{rng.randint(2, 4)}{rng.choice(['L', 'H', ''])}\n"
            f"Hang from {rng.randint(1, 28):02d}/06 – {rng.randint(21, 35)} days")


def k_imo_vessel_register_txt(rng):
    lines = []
    for _ in range(4):
        port = rng.choice(PORTS)
        lines.append(f"{imo(rng)}  PLN {port} {rng.randint(1, 999)}  CFR GBR000{rng.choice(UPPER)}{rng.randint(10000, 99999)}"
                     f"  RSS {rng.choice(['A', 'B', 'C'])}{rng.randint(10000, 99999)}")
    return "\n".join(lines)


def k_catch_certificate_header_ocr(rng):
    code, latin, _ = rng.choice(FISH)
    return (f"CATCH CERTIFICATE  No. GBR-2024-CC-{rng.randint(100000, 999999)}\n"
            f"Fishing vessel: {rng.choice(['Girl Rachel', 'Our Boys', 'Ocean Harvest', 'Sea Spray'])}  "
            f"{rng.choice(PORTS)} {rng.randint(1, 999)}  {imo(rng)}\n"
            f"Species: {latin} ({code})  Landed weight {rng.randint(40, 900)} kg\n"
            f"Validated by MMO ref {rs(rng, UPPER_ALNUM, 10)}")


def k_provenance_label_template(rng):
    code, latin, common = rng.choice(FISH)
    return (f"{common.title()} fillet – {latin}\nCaught in FAO 27.{rng.choice(['4.a', '4.b', '7.e', '7.f', '7.d', '6.a'])}"
            f" (ICES rect. {rng.randint(25, 52)}{rng.choice('DEF')}{rng.randint(0, 9)})\n"
            f"Gear: {rng.choice(['OTB', 'GNS', 'LLS', 'TBB'])}  Species code {code}\nLanded {rng.choice(PORTS)}")


def k_landing_declaration_lines(rng):
    lines = ["species|area|rect|gear|kg|presentation"]
    for _ in range(5):
        code, _l, _c = rng.choice(FISH)
        lines.append(f"{code}|27.7.{rng.choice('defgh')}|{rng.randint(25, 32)}E{rng.randint(0, 9)}|"
                     f"{rng.choice(['OTB', 'GNS', 'TBB'])}|{rng.randint(10, 600)}|{rng.choice(['WHL', 'GUT', 'FIL'])}")
    return "\n".join(lines)


def k_pallet_label_zpl(rng):
    s = sscc(rng)
    return (f"^XA\n^FO40,40^A0N,40,40^FD{rng.choice(CUTS)}^FS\n^FO40,100^BCN,120,Y,N^FD(00){s}^FS\n"
            f"^FO40,260^FDGTIN {gtin14(rng)}^FS\n^FO40,300^FDBatch L{rng.randint(24000, 24366)}-{rng.randint(1, 9):02d}^FS\n^XZ")


def k_goods_in_scan_log(rng):
    lines = []
    for _ in range(4):
        lines.append(f"{rng.randint(6, 9):02d}:{rng.randint(10, 59)} scan SSCC {sscc(rng)} OK  GTIN {gtin14(rng)}"
                     f" qty {rng.randint(1, 24)}")
    return "\n".join(lines)


def k_logger_csv_export(rng):
    serial = f"TL{rng.randint(100000, 999999)}"
    rows = [f"# logger {serial}  fw 3.{rng.randint(0, 9)}.{rng.randint(0, 20)}  mac {mac(rng)}", "time,probe,temp_c,door"]
    for i in range(5):
        rows.append(f"2024-06-14 0{i}:00,{rng.choice(['P1', 'P2'])},{rng.randint(10, 45) / 10:.1f},"
                    f"{rng.choice(['closed', 'closed', 'open'])}")
    return "\n".join(rows)


def k_mqtt_topic_dump(rng):
    lines = []
    for _ in range(4):
        node = rs(rng, HEX, 6)
        lines.append(f"coldroom/{rng.randint(1, 3)}/node-{node}/temp {rng.randint(10, 45) / 10:.1f}")
        lines.append(f"coldroom/{rng.randint(1, 3)}/node-{node}/rssi -{rng.randint(40, 90)}")
    return "\n".join(lines)


def k_tray_label_batch_sheet(rng):
    return (f"Batch L{rng.randint(24000, 24366)}-{rng.randint(1, 20):02d}   Packed {rng.randint(1, 28):02d}/06/24\n"
            f"Use by {rng.randint(1, 28):02d}/07/24   Slaughtered in UK {rng.randint(1000, 9999)}   "
            f"Cut in UK {rng.randint(1000, 9999)}\nLot ref {rs(rng, UPPER_ALNUM, 8)}   Keep below 5°C")


def k_allergen_label_proof_txt(rng):
    return (f"PROOF v{rng.randint(2, 9)}  {rng.choice(['Pork & leek sausages', 'Game pie', 'Fish cakes', 'Scotch egg'])}\n"
            f"Ingredients: pork (78%), water, rusk (WHEAT), salt, spices, preservative E{rng.choice([221, 223, 250])}\n"
            f"Allergens in BOLD. Made in a kitchen that handles CELERY, MUSTARD, FISH.\nProof id {rs(rng, UPPER_ALNUM, 10)}")


def k_checkout_page_html(rng):
    return (f"<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n"
            f"  const stripe = Stripe('pk_live_51{rs(rng, ALNUM, 95)}');\n</script>\n"
            f"<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA{rs(rng, B64URL, 12)}\"></div>")


def k_storefront_public_config_json(rng):
    return ("{\n"
            f"  \"storefrontAccessToken\": \"{rs(rng, HEX, 32)}\",\n"
            f"  \"shopDomain\": \"{rng.choice(SHOPS)}.myshopify.com\",\n"
            f"  \"recaptchaSiteKey\": \"6L{rs(rng, B64URL, 38)}\",\n"
            f"  \"klaviyoCompanyId\": \"{rs(rng, UPPER_ALNUM, 6)}\",\n"
            f"  \"mapsBrowserKey\": \"AIza{rs(rng, B64URL, 35)}\"\n}}")


def k_setup_readme_md(rng):
    return ("## Scale sync setup\n\n1. Copy `.env.example` to `.env`.\n"
            "2. Set `SCALE_SYNC_TOKEN=sfs_<32 characters><4 hex>` from the scale portal.\n"
            "3. Set `COLLECT_WEBHOOK_SECRET=ccwh_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.\n"
            f"4. Rounds key looks like `drk_live_00000000_{'0' * 32}` – paste yours, never this one.\n"
            f"5. Ask {rng.choice(['Dave', 'Priya', 'Tom'])} for the scale admin password (do not write it here).")


def k_dotenv_template_file(rng):
    return ("# copy to .env and fill in\nSCALE_ADMIN_PASSWORD=\nTRACE_DB_PASSWORD=<your-trace-db-password>\n"
            "SENSOR_AES_KEY=00000000000000000000000000000000\nLABEL_HMAC_KEY=${LABEL_HMAC_KEY:?set in vault}\n"
            f"CATCH_LOG_SESSION_JWT=eyJ...paste...\nSHOP_SITE={rng.choice(SHOPS)}-{rng.randint(1, 6)}")


def k_scale_sync_debug_log(rng):
    return (f"2024-06-14 05:0{rng.randint(0, 9)}:11 DEBUG sync: token=sfs_****{rs(rng, HEX, 4)}\n"
            f"2024-06-14 05:0{rng.randint(0, 9)}:11 DEBUG sync: admin password=********\n"
            f"2024-06-14 05:0{rng.randint(0, 9)}:12 INFO pushed {rng.randint(100, 900)} PLUs to {rng.randint(2, 6)} scales")


def k_github_actions_masked_log(rng):
    return (f"Run ./deploy.sh\n  env:\n    ROUNDS_API_KEY: ***\n    TRACE_DB_PASSWORD: ***\n"
            f"deploy: using key drk_live_[REDACTED]\ndeploy: {rng.randint(3, 40)} files uploaded")


def k_ecs_task_definition_secrets_json(rng):
    acct = rs(rng, DIGITS, 12)
    return ("\"secrets\": [\n"
            f"  {{\"name\": \"TRACE_DB_PASSWORD\", \"valueFrom\": \"arn:aws:secretsmanager:eu-west-2:{acct}:secret:trace/db-{rs(rng, ALNUM, 6)}\"}},\n"
            f"  {{\"name\": \"ROUNDS_API_KEY\", \"valueFrom\": \"arn:aws:ssm:eu-west-2:{acct}:parameter/shop/rounds_api_key\"}}\n]")


def k_gcp_secret_manager_refs_yaml(rng):
    proj = f"{rng.choice(SHOPS)}-{rng.randint(100, 999)}"
    return (f"env:\n  - name: LABEL_HMAC_KEY\n    value: sm://projects/{proj}/secrets/label-hmac/versions/latest\n"
            f"  - name: SCALE_ADMIN_PASSWORD\n    value: op://Shop/Scales/admin/password\n"
            f"  - name: COLLECT_WEBHOOK_SECRET\n    value: ${{{{ secrets.COLLECT_WEBHOOK_SECRET }}}}")


def k_jasypt_enc_properties(rng):
    return (f"trace.db.user=trace_app\ntrace.db.password=ENC({b64std(rbytes(rng, 48))})\n"
            f"rounds.api.key=ENC({b64std(rbytes(rng, 64))})\njasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256")


def k_sealed_secret_encrypted_data_yaml(rng):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: scale-sync\nspec:\n  encryptedData:\n"
            f"    SCALE_SYNC_TOKEN: AgB{b64std(rbytes(rng, 300))[:380]}\n"
            f"    SENSOR_AES_KEY: AgC{b64std(rbytes(rng, 300))[:380]}")


def k_staff_login_table_dump(rng):
    rows = ["id | login | pw_hash | role"]
    for i in range(1, 5):
        rows.append(f"{i} | {rng.choice(['dave', 'priya', 'tom', 'kirsty', 'sam', 'jo'])}{rng.randint(1, 9)} | "
                    f"{bcrypt_like(rng)} | {rng.choice(['counter', 'manager', 'packer'])}")
    return "\n".join(rows)


def k_shadow_file_excerpt(rng):
    return (f"labeller:$6${rs(rng, './' + ALNUM, 16)}${rs(rng, './' + ALNUM, 86)}:19888:0:99999:7:::\n"
            f"rounds:$y$j9T${rs(rng, './' + ALNUM, 22)}${rs(rng, './' + ALNUM, 43)}:19880:0:99999:7:::\n"
            f"nobody:*:19800:0:99999:7:::")


def k_staff_handbook_it_section(rng):
    return ("4.3 Passwords\nEvery member of staff gets their own till login. Never share the scale admin password "
            "or write it on the cold-room clipboard. Passwords must be at least 12 characters; the manager "
            "rotates the back-office password every quarter and keeps it in the shop password manager. "
            f"If you think a password has leaked, tell {rng.choice(['Dave', 'Priya', 'the manager'])} the same day.")


def k_toolbox_talk_minutes(rng):
    return (f"Toolbox talk {rng.randint(1, 28):02d}/06 – present: DB, PR, TH, KM\n- Reminder: the label printer "
            "password is NOT the same as the till one, and neither goes in WhatsApp.\n- Password reset for the "
            "wholesale portal is done through the portal itself, not by email.\n- Action: KM to set up 2FA on the "
            "box-scheme admin.")


def _hmac_hex(rng, msg):
    return hmac.new(rbytes(rng, 32), msg.encode(), hashlib.sha256).hexdigest()


def k_stripe_signature_header_log(rng):
    t = 1718000000 + rng.randint(0, 900000)
    return (f"POST /webhooks/stripe 200\nStripe-Signature: t={t},v1={_hmac_hex(rng, str(t))}\n"
            f"event evt_{rs(rng, ALNUM, 24)} checkout.session.completed")


def k_woocommerce_webhook_delivery_log(rng):
    sig = b64std(hmac.new(rbytes(rng, 32), b"{}", hashlib.sha256).digest())
    return (f"Delivery #{rng.randint(1000, 9999)} order.created -> https://rounds.{rng.choice(SHOPS)}.lan/hook\n"
            f"X-WC-Webhook-Signature: {sig}\nX-WC-Webhook-ID: {rng.randint(1, 40)}\nResponse: 200 OK")


def k_openssl_x509_text_excerpt(rng):
    serial = ":".join(f"{rng.randrange(256):02x}" for _ in range(16))
    fp = hashlib.sha256(rbytes(rng, 64)).hexdigest().upper()
    return (f"        Serial Number:\n            {serial}\n        Issuer: C=US, O=Let's Encrypt, CN=R11\n"
            f"        Subject: CN=orders.{rng.choice(SHOPS)}.example\n"
            f"SHA256 Fingerprint={':'.join(fp[i:i + 2] for i in range(0, 64, 2))}")


def k_spki_pin_list(rng):
    return "\n".join(f"pin-sha256=\"{b64std(hashlib.sha256(rbytes(rng, 64)).digest())}\"" for _ in range(3)) + \
        "\n# backup pins for the collect app"


def k_click_collect_order_json(rng):
    return ("{\n"
            f"  \"order_id\": \"{uuid4(rng)}\",\n  \"order_number\": \"#{rng.randint(1000, 9999)}\",\n"
            f"  \"slot\": \"2024-06-15T{rng.randint(8, 16):02d}:00\",\n  \"idempotency_key\": \"{uuid4(rng)}\",\n"
            f"  \"lines\": [{{\"plu\": \"{rng.randint(1, 999):04d}\", \"qty\": {rng.randint(1, 4)}}}]\n}}")


def k_box_scheme_route_sheet(rng):
    lines = [f"ROUND {rng.choice(['N', 'S', 'E', 'W'])}-{rng.randint(1, 5)}  van V{rng.randint(1, 9):02d}"]
    for i in range(1, 6):
        lines.append(f"{i:02d}  sub {rs(rng, UPPER, 2)}{rng.randint(10000, 99999)}  box {rng.choice(['S', 'M', 'L'])}"
                     f"  drop {rs(rng, UPPER_ALNUM, 6)}")
    return "\n".join(lines)


def k_wholesale_invoice_footer(rng):
    return (f"{rng.choice(SHOPS).title()} Ltd · VAT {vat(rng)} · Company no. {rng.randint(10000000, 16999999)}\n"
            f"FSA food business reg. {rs(rng, UPPER, 2)}/{rng.randint(1000, 9999)}/{rng.randint(10, 99)}\n"
            f"Sort code {rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)} · Terms 30 days")


def k_supplier_onboarding_form(rng):
    return (f"Supplier: {rng.choice(['Moorside Farm', 'Harbour Fish Co', 'Wold Top Game'])}\nVAT number: {vat(rng)}\n"
            f"EORI: GB{rng.randint(100000000000, 999999999999)}\nApproval: UK {rng.randint(1000, 9999)} EC\n"
            f"Payment ref: SUP-{rng.randint(1000, 9999)}")


def k_docker_image_digest_list(rng):
    return "\n".join(f"ghcr.io/{rng.choice(SHOPS)}/{rng.choice(['sync', 'labels', 'rounds'])}@sha256:{sha256hex(rng)}"
                     for _ in range(3))


def k_package_lock_integrity_excerpt(rng):
    return ("\"node_modules/zpl-image\": {\n"
            f"  \"version\": \"1.{rng.randint(0, 9)}.{rng.randint(0, 20)}\",\n"
            f"  \"resolved\": \"https://registry.npmjs.org/zpl-image/-/zpl-image-1.2.0.tgz\",\n"
            f"  \"integrity\": \"sha512-{b64std(hashlib.sha512(rbytes(rng, 30)).digest())}\"\n}},\n"
            f"commit {hashlib.sha1(rbytes(rng, 20)).hexdigest()}")


CLASSES = [
    ("scale_plu_and_tare_tables", ["scale_plu_master_csv", "scale_tare_table_printout"],
     "PLU numbers, departments, tare weights and prices of the counter scales"),
    ("variable_weight_ean13_barcodes", ["price_embedded_barcode_log", "label_print_batch_txt"],
     "price-embedded `21…` barcodes and EAN-13 label barcodes with real GS1 check digits"),
    ("cattle_ear_tags_and_kill_numbers", ["bcms_movement_csv", "carcass_cut_sheet_header"],
     "UK ear tags, CPH holding numbers, kill numbers, plant approval numbers (random in the right frame)"),
    ("vessel_imo_and_licence_numbers", ["imo_vessel_register_txt", "catch_certificate_header_ocr"],
     "IMO numbers with a real check digit, port letters and numbers, CFR and RSS numbers, catch-certificate refs"),
    ("fao_areas_and_species_codes", ["provenance_label_template", "landing_declaration_lines"],
     "FAO areas, ICES rectangles, FAO 3-alpha species codes and gear codes"),
    ("gs1_sscc_and_gtin14_case_labels", ["pallet_label_zpl", "goods_in_scan_log"],
     "18-digit SSCCs and GTIN-14s with real GS1 check digits, ZPL label code"),
    ("cold_room_logger_serials_and_readings", ["logger_csv_export", "mqtt_topic_dump"],
     "logger serials, MAC addresses, node ids and temperature readings"),
    ("batch_lot_and_use_by_codes", ["tray_label_batch_sheet", "allergen_label_proof_txt"],
     "batch and lot codes, use-by dates, plant approval marks, label proof ids"),
    ("publishable_keys_on_click_and_collect_pages", ["checkout_page_html", "storefront_public_config_json"],
     "Stripe `pk_live_`, Turnstile and reCAPTCHA site keys, Shopify Storefront token, Klaviyo company id, browser Maps key"),
    ("placeholder_secrets_in_farm_shop_setup_docs", ["setup_readme_md", "dotenv_template_file"],
     "`sfs_<…>`, `ccwh_XXXX…`, all-zero keys, `<your-…>`, empty values, `${…:?…}`, `eyJ...paste...`"),
    ("masked_secrets_in_scale_sync_logs", ["scale_sync_debug_log", "github_actions_masked_log"],
     "`sfs_****` + 4 hex, `********`, `***`, `[REDACTED]`"),
    ("secret_manager_pointers_in_shop_deploys", ["ecs_task_definition_secrets_json", "gcp_secret_manager_refs_yaml"],
     "Secrets Manager and SSM ARNs, `sm://` paths, `op://` references, `${{ secrets.… }}`"),
    ("jasypt_and_sealed_secret_ciphertext", ["jasypt_enc_properties", "sealed_secret_encrypted_data_yaml"],
     "Jasypt `ENC(…)` values and SealedSecret `encryptedData` (random bytes in the right frame)"),
    ("bcrypt_sha512crypt_yescrypt_hashes", ["staff_login_table_dump", "shadow_file_excerpt"],
     "`$2b$`, `$6$` and `$y$` password hashes (random in frame)"),
    ("password_policy_talk_in_shop_handbook", ["staff_handbook_it_section", "toolbox_talk_minutes"],
     "handbook and toolbox-talk text about passwords with no password in it"),
    ("webhook_signatures_from_commerce_platforms", ["stripe_signature_header_log", "woocommerce_webhook_delivery_log"],
     "`Stripe-Signature` v1 and `X-WC-Webhook-Signature` values (real HMAC-SHA256 under discarded keys)"),
    ("tls_certificate_serials_and_spki_pins", ["openssl_x509_text_excerpt", "spki_pin_list"],
     "certificate serials, SHA-256 fingerprints and `pin-sha256` values (real digests of random bytes)"),
    ("order_and_box_scheme_references", ["click_collect_order_json", "box_scheme_route_sheet"],
     "order UUIDv4s, order numbers, idempotency keys, subscriber ids and drop codes"),
    ("vat_and_company_registration_numbers", ["wholesale_invoice_footer", "supplier_onboarding_form"],
     "UK VAT numbers with a real mod-97 check, company numbers, EORI, FSA registrations"),
    ("container_digests_and_lockfile_integrity", ["docker_image_digest_list", "package_lock_integrity_excerpt"],
     "`sha256:` image digests, npm `sha512-` integrity strings and git commit ids (real digests)"),
]

WRAPPERS = [
    ("", None),
    ("__in_shop_slack_thread", lambda b, rng: f"#shop-it  {rng.choice(['Dave', 'Priya', 'Kirsty'])}: does this look right?\n```\n{b}\n```\nthread: 2 replies"),
    ("__in_farm_shop_notion_page", lambda b, rng: f"📄 Back office › Systems notes\n\n{b}\n\nLast edited by {rng.choice(['Tom', 'Sam', 'Jo'])}"),
    ("__in_dev_gitlab_merge_request", lambda b, rng: f"!{rng.randint(10, 400)} Update sync config\n\n> {b.replace(chr(10), chr(10) + '> ')}\n\nLGTM, merging."),
    ("__in_wholesaler_email_chain", lambda b, rng: f"From: accounts@{rng.choice(SHOPS)}.example\nSubject: RE: setup\n\nSee below.\n\n{b}\n\nKind regards,\nAccounts"),
]


def generate(next_id, forbidden):
    """forbidden: strings (positive values, plains, hidden passwords) that no negative may contain."""
    rng = random.Random(SEED)
    out = []
    seen = set()
    for cls, kinds, _desc in CLASSES:
        for kind in kinds:
            fn = globals()["k_" + kind]
            for wname, wfn in WRAPPERS:
                for _ in range(50):
                    body = fn(rng)
                    text = body if wfn is None else wfn(body, rng)
                    if text in seen or any(f in text for f in forbidden):
                        continue
                    break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(text)
                out.append({"id": next_id(), "class": cls, "container": kind + wname, "text": text,
                            "source": "negative"})
    return out
