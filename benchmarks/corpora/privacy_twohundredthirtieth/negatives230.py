"""Hard negatives of the vineyard / winery world: no secret in any text."""
import base64
import hashlib
import json
import random

import common230 as C

SEED = 23006

WRAPPERS = ["in_tasting_room_team_chat", "in_winery_it_helpdesk_ticket", "in_cellar_crew_email",
            "in_winemakers_forum_thread"]

VARIETIES = ["Shiraz", "Grenache", "Riesling", "Chardonnay", "Pinot Noir", "Cabernet Sauvignon", "Semillon",
             "Mataro", "Fiano", "Tempranillo", "Viognier", "Merlot"]
ROOTSTOCKS = ["101-14", "3309C", "110R", "1103P", "140Ru", "Schwarzmann", "5BB", "SO4", "Ramsey", "Own roots"]
CLONES = ["MV6", "Dijon 777", "Dijon 115", "Clone 95", "I10V1", "BVRC12", "Mendoza", "SA125", "Gingin", "FVC2"]


def _hexd(rng, n):
    return C.rs(rng, C.HEXL, n)


def _sha256_hex(rng):
    return hashlib.sha256(bytes(rng.randrange(256) for _ in range(48))).hexdigest()


def _gs1(rng, n_without_check, prefix=""):
    body = prefix + "".join(rng.choice(C.DIG) for _ in range(n_without_check - len(prefix)))
    return body + C.gs1_check(body)


def _pk32_b64(rng):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()


# --- base kinds -------------------------------------------------------------------
def block_register_csv(rng):
    rows = ["block_id,variety,clone,rootstock,rows,vines,planted,area_ha"]
    for _ in range(rng.randint(4, 6)):
        rows.append(f"B{rng.randint(1, 24):02d}-{rng.choice('NSEW')},{rng.choice(VARIETIES)},{rng.choice(CLONES)},"
                    f"{rng.choice(ROOTSTOCKS)},{rng.randint(20, 140)},{rng.randint(1500, 9000)},{rng.randint(1968, 2021)},"
                    f"{rng.randint(4, 60) / 10:.1f}")
    return "\n".join(rows) + "\n"


def nursery_clone_order_note(rng):
    return (f"Order NV-{rng.randint(10000, 99999)} confirmed: {rng.randint(2, 9) * 500} x {rng.choice(VARIETIES)} "
            f"{rng.choice(CLONES)} grafted on {rng.choice(ROOTSTOCKS)}, bench grafts, cert. lot "
            f"VIC-{rng.randint(2019, 2025)}-{rng.randint(100, 999)}. Dispatch week {rng.randint(28, 40)}; "
            f"planting block B{rng.randint(1, 24):02d}, row spacing 2.7 m, vine spacing 1.5 m.\n")


def label_approval_log(rng):
    lines = ["TTB ID          Status     Brand                  Class/Type"]
    for _ in range(4):
        ttb = f"{rng.randint(21, 25)}{rng.randint(1, 365):03d}{rng.randint(1, 999):03d}{rng.randint(0, 999999):06d}"
        lines.append(f"{ttb}  APPROVED   Saltcreek {rng.choice(VARIETIES):<12} table red wine")
    return "\n".join(lines) + "\n"


def bond_permit_letter_excerpt(rng):
    st = rng.choice(["CA", "OR", "WA", "NY", "VA"])
    return (f"Re: Basic Permit {st}-W-{rng.randint(10000, 29999)} / Registry BW-{st}-{rng.randint(1000, 25000)}\n"
            f"Your amendment (change in bonded premises, tank room extension) was approved on "
            f"{rng.randint(1, 28)} {rng.choice(['March', 'June', 'October'])} 2025. EIN {rng.randint(10, 99)}-{rng.randint(1000000, 9999999)} "
            "remains unchanged. Keep this letter with the permit.\n")


def tank_card_ocr(rng):
    return (f"TANK T{rng.randint(1, 40):02d}   CAP {rng.choice([5000, 10000, 22500, 45000])} L\n"
            f"LOT 25{rng.choice(['SH', 'GR', 'RI', 'CH', 'PN'])}-B{rng.randint(1, 24):02d}-{rng.randint(100, 999)}\n"
            f"Brix {rng.randint(20, 260) / 10:.1f}  Temp {rng.randint(12, 28)} C  SO2 added {rng.randint(20, 60)} ppm\n"
            f"Pump-over 2x  Signed: {rng.choice(['MK', 'JS', 'AL', 'RB'])}\n")


def lot_composition_report(rng):
    lines = [f"Lot 24{rng.choice(['SHZ', 'GSM', 'CAB'])}-BLEND-{rng.randint(10, 99)} composition"]
    left = 100
    for k in range(3):
        pct = left if k == 2 else rng.randint(10, left - 10 * (2 - k))
        left -= pct if k < 2 else 0
        lines.append(f"  25{rng.choice(['SH', 'GR', 'MA'])}-B{rng.randint(1, 24):02d}-{rng.randint(100, 999)}  {pct}%  barrel group BG{rng.randint(1, 30)}")
    return "\n".join(lines) + "\n"


def despatch_advice_edi_excerpt(rng):
    sscc = _gs1(rng, 17, "0" + "9" + str(rng.randint(300000, 399999)))
    gln = _gs1(rng, 12, "93")
    return (f"UNH+{rng.randint(1, 99)}+DESADV:D:96A:UN:EAN005'\nBGM+351+DA{rng.randint(100000, 999999)}+9'\n"
            f"NAD+SU+{gln}::9'\nGIN+BJ+{sscc}'\nLIN+1++{_gs1(rng, 13, '9')}:SRV'\nQTY+12:{rng.randint(6, 120)}'\n")


def pallet_label_scan_log(rng):
    out = []
    for _ in range(4):
        out.append(f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d} SCAN (00){_gs1(rng, 17, '0' + str(rng.randint(930000000, 939999999)))} "
                   f"(02){_gs1(rng, 13, '1')} (37){rng.randint(20, 120)} OK")
    return "\n".join(out) + "\n"


def liv_ex_offer_sheet(rng):
    out = ["LWIN18              Wine                                 Vintage  Pack   Price GBP"]
    for _ in range(4):
        l7 = rng.randint(1000000, 1299999)
        vint = rng.randint(2005, 2022)
        pack = rng.choice(["06", "12", "03"])
        out.append(f"{l7}{vint}{pack}00750  {rng.choice(['Ch. Example', 'Domaine Exemple', 'Tenuta Esempio'])} {rng.choice(VARIETIES):<14} {vint}     {pack}x75  {rng.randint(180, 4200)}")
    return "\n".join(out) + "\n"


def bonded_stock_statement(rng):
    out = [f"Bonded stock statement - account BW{rng.randint(10000, 99999)}"]
    for _ in range(3):
        out.append(f"LWIN {rng.randint(1000000, 1299999)}-{rng.randint(2010, 2022)}  rotation BRW{rng.randint(100000, 999999)}  "
                   f"{rng.randint(1, 20)} cs  location R{rng.randint(1, 40)}-B{rng.randint(1, 9)}")
    return "\n".join(out) + "\n"


def weatherlink_json_current(rng):
    return ('{"station_id": %d, "station_id_uuid": "%s", "sensors": [{"lsid": %d, "data": [{"ts": %d, '
            '"temp": %.1f, "hum": %.1f, "dew_point": %.1f, "wind_speed_last": %.1f, "rainfall_daily_mm": %.1f}]}]}\n'
            % (rng.randint(100000, 999999), C.uuid4(rng), rng.randint(100000, 999999), 1756000000 + rng.randrange(9000000),
               rng.randint(-30, 380) / 10, rng.randint(200, 990) / 10, rng.randint(-50, 200) / 10,
               rng.randint(0, 300) / 10, rng.randint(0, 400) / 10))


def soil_probe_mqtt_payloads(rng):
    out = []
    for _ in range(3):
        out.append(f"vineyard/probes/{_hexd(rng, 12)}/up {{\"vwc_10cm\": {rng.randint(80, 420) / 10}, \"vwc_30cm\": {rng.randint(80, 420) / 10}, "
                   f"\"soil_t\": {rng.randint(50, 300) / 10}, \"batt_mv\": {rng.randint(3300, 4200)}, \"fcnt\": {rng.randint(1, 60000)}}}")
    return "\n".join(out) + "\n"


def chirpstack_device_list(rng):
    out = ["DevEUI            JoinEUI           Name               Last seen"]
    for _ in range(4):
        out.append(f"{_hexd(rng, 16)}  {_hexd(rng, 16)}  frost-node-{rng.randint(1, 40):02d}      {rng.randint(1, 59)} min ago")
    return "\n".join(out) + "\n"


def gateway_frame_log(rng):
    out = []
    for _ in range(3):
        out.append(f"gw {_hexd(rng, 16).upper()} rx freq=916.{rng.randint(2, 9)}00 SF{rng.randint(7, 12)}BW125 rssi=-{rng.randint(60, 120)} "
                   f"snr={rng.randint(-150, 95) / 10} DevAddr={_hexd(rng, 8)} FCnt={rng.randint(1, 9999)}")
    return "\n".join(out) + "\n"


def club_shop_checkout_html(rng):
    return (f"<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51{C.rs(rng, C.ALNUM, 97)}');\n"
            f"  const sq = {{ applicationId: 'sq0idp-{C.rs(rng, C.B64URL, 22)}', locationId: 'L{C.rs(rng, C.UALNUM, 12)}' }};\n</script>\n"
            f"<div class=\"g-recaptcha\" data-sitekey=\"6L{C.rs(rng, C.B64URL, 38)}\"></div>\n")


def tasting_booking_widget_snippet(rng):
    mid = C.b64u(json.dumps({"u": "saltcreek", "a": "cm" + C.rs(rng, C.LALNUM, 23)}, separators=(",", ":")).encode())
    return (f"<div id=\"map\" data-token=\"pk.{mid}.{C.rs(rng, C.B64URL, 22)}\"></div>\n"
            f"<script>window.shopify = {{ storefrontAccessToken: '{_hexd(rng, 32)}', domain: 'saltcreek-cellar.myshopify.com' }};\n"
            f"window.algolia = {{ appId: '{C.rs(rng, C.UALNUM, 10)}', searchOnlyKey: '{_hexd(rng, 32)}' }};</script>\n"
            "<!-- all of the above are public, client-side identifiers -->\n")


def integration_readme_markdown(rng):
    return ("## Connecting the cellar app to S3\n\nSet the variables like in the AWS documentation example:\n\n"
            "```\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n\n"
            f"Replace them with your own values (ticket CEL-{rng.randint(100, 999)}). Never commit real keys.\n")


def api_docs_curl_sample(rng):
    return (f"curl https://api.example-tock.test/v{rng.randint(1, 3)}/reservations \\\n  -H \"Authorization: Bearer YOUR_API_KEY\" \\\n"
            f"  -H \"X-Venue: {rng.randint(1000, 9999)}\"\n\n# Stripe's public docs use sk_test_xxxxxxxxxxxxxxxxxxxxxxxx as a placeholder; "
            "paste your own key from the dashboard.\n")


def dotenv_example_file(rng):
    return ("# .env.example - copy to .env and fill in\nDJANGO_SECRET_KEY=\nTANK_API_KEY=changeme\nCELLARDOOR_API_KEY=<your-cellar-door-key>\n"
            f"CLUB_WEBHOOK_SECRET=\nTASTING_POS_PASSWORD=\nWG_PRIVATE_KEY=  # generate with: wg genkey\nPORT={rng.choice([3000, 8000, 8080])}\n")


def helm_values_schema_defaults(rng):
    return ("# values.yaml defaults - real values come from the sealed secret\ncellar:\n  replicas: %d\n  clubAdminPassword: \"\"\n"
            "  harvestAppJwt: \"\"   # injected at deploy time\n  djangoSecretKey: \"\"\n  existingSecret: cellar-app-secrets\n" % rng.randint(1, 4))


def support_ticket_masked_paste(rng):
    return (f"Ticket #{rng.randint(40000, 49999)}: tasting till will not sync. Config as shown in the admin screen:\n"
            f"  TASTING_POS_PASSWORD = ••••••••••\n  TANK_API_KEY = tnk_****************************{C.rs(rng, C.B62, 4)}\n"
            "  CLUB_WEBHOOK_SECRET = [REDACTED]\n")


def deploy_log_masked_vars(rng):
    return (f"[deploy {rng.randint(100, 999)}] env DJANGO_SECRET_KEY=*** (masked)\n[deploy] env SENDGRID_API_KEY=SG.****\n"
            f"[deploy] env STRIPE_RESTRICTED_LIVE_KEY=rk_live_...{C.rs(rng, C.ALNUM, 4)}\n[deploy] env HARVEST_APP_JWT=[FILTERED]\n[deploy] done in {rng.randint(20, 90)}s\n")


def sops_and_ssm_refs_yaml(rng):
    return (f"env:\n  DB_PASSWORD: \"{{{{resolve:secretsmanager:winery/prod/cellar-db:SecretString:password}}}}\"\n"
            f"  TANK_API_KEY: ssm:/winery/prod/tank_api_key\n  CLUB_WEBHOOK_SECRET: vault:secret/data/club#webhook\n"
            f"  TOCK_KEY: op://Winery/Tock/credential\n  GCP_KEY: projects/{rng.randint(100000000, 999999999)}/secrets/harvest-jwt/versions/latest\n")


def ci_secret_placeholders(rng):
    return ("- name: Deploy club shop\n  env:\n    STRIPE_RESTRICTED_LIVE_KEY: ${{ secrets.STRIPE_RESTRICTED_LIVE_KEY }}\n"
            "    SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}\n    DJANGO_SECRET_KEY: $(DJANGO_SECRET_KEY)\n"
            f"  run: ./deploy.sh --stage prod --build {rng.randint(100, 999)}\n")


def auth_user_table_dump(rng):
    out = ["id | username | password"]
    for i in range(3):
        salt = C.rs(rng, C.ALNUM, 22)
        h = base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()
        out.append(f"{rng.randint(1, 400)} | {rng.choice(['mia', 'sam', 'claire', 'tom', 'ana'])}{i} | pbkdf2_sha256$870000${salt}${h}")
    return "\n".join(out) + "\n"


def staff_accounts_json_export(rng):
    salt = C.b64u(bytes(rng.randrange(256) for _ in range(16)))
    h = C.b64u(bytes(rng.randrange(256) for _ in range(32)))
    return ('[{"login": "cellar%d", "password_hash": "$argon2id$v=19$m=19456,t=2,p=1$%s$%s", "role": "cellar"}]\n'
            % (rng.randint(1, 40), salt, h))


def sops_encrypted_yaml(rng):
    def enc():
        return (f"ENC[AES256_GCM,data:{base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randint(12, 30)))).decode()},"
                f"iv:{base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()},"
                f"tag:{base64.b64encode(bytes(rng.randrange(256) for _ in range(16))).decode()},type:str]")
    return (f"tank_api_key: {enc()}\nclub_admin_password: {enc()}\nsops:\n  age:\n    - recipient: age1{C.rs(rng, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\n"
            f"  lastmodified: \"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T08:12:00Z\"\n  version: 3.9.0\n")


def age_armored_file(rng):
    body = base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randint(150, 220)))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(lines) + "\n-----END AGE ENCRYPTED FILE-----\n"


def deploy_manifest_digests(rng):
    return (f"image: registry.hillcrest-wines.example/cellar-api@sha256:{_sha256_hex(rng)}\n"
            f"initImage: registry.hillcrest-wines.example/migrate@sha256:{_sha256_hex(rng)}\n"
            f"chartDigest: sha256:{_sha256_hex(rng)}\n")


def git_log_oneline(rng):
    msgs = ["fix tank sweep timezone", "add brix chart to picks page", "bump club shop deps",
            "lab import: handle VA in g/L", "frost alerts: debounce fan state"]
    return "\n".join(f"{hashlib.sha1(bytes(rng.randrange(256) for _ in range(20))).hexdigest()[:rng.choice([7, 40])]} {rng.choice(msgs)}"
                     for _ in range(4)) + "\n"


def staff_handbook_it_page(rng):
    return ("Cellar door IT basics: every staff member gets their own till login. Passwords are at least "
            f"{rng.choice([12, 14, 16])} characters, never shared, never written on the till or the whiteboard, "
            "and changed straight away if you think someone saw you type it. Ask the office if you are locked out - "
            "nobody will ever ask you for your password by phone or text.\n")


def harvest_induction_notes(rng):
    return (f"Harvest induction {rng.randint(2024, 2026)}: the crew app uses your phone's lock screen plus a one-time code "
            "sent by SMS. Do not screenshot codes into the group chat. The gate code changes every Monday and is given "
            "in person at the shed, not in writing.\n")


def commerce_order_json(rng):
    return ('{"order": {"id": "%s", "orderNumber": %d, "customerId": "%s", "fulfillment": "ship", '
            '"items": [{"sku": "SHZ-%d-750", "qty": %d}], "club": "Cellar Club Red"}}\n'
            % (C.uuid4(rng), rng.randint(10000, 99999), C.uuid4(rng), rng.randint(2018, 2023), rng.randint(1, 12)))


def carrier_tracking_email(rng):
    return (f"Your club shipment is on its way. Order #{rng.randint(10000, 99999)}, tracking 1Z{C.rs(rng, C.UALNUM, 6)}{rng.randint(10 ** 9, 10 ** 10 - 1)}, "
            f"adult signature required. Shipment id {C.uuid4(rng)}.\n")


def lab_report_table(rng):
    out = ["Sample       Wine            pH    TA g/L  VA g/L  Alc %   RS g/L"]
    for _ in range(4):
        out.append(f"LS{rng.randint(250000, 259999)}   {rng.choice(VARIETIES):<14}  {rng.randint(320, 395) / 100:.2f}  "
                   f"{rng.randint(50, 85) / 10:.1f}     {rng.randint(20, 70) / 100:.2f}    {rng.randint(115, 155) / 10:.1f}    {rng.randint(1, 60) / 10:.1f}")
    return "\n".join(out) + "\n"


def ferment_log_csv(rng):
    out = ["date,tank,brix,temp_c,yan_mgl,note"]
    for d in range(1, 5):
        out.append(f"2025-03-{d + 10:02d},T{rng.randint(1, 30):02d},{rng.randint(0, 250) / 10},{rng.randint(14, 30)},{rng.randint(80, 260)},pump-over")
    return "\n".join(out) + "\n"


def wg_show_output(rng):
    return (f"interface: wg0\n  public key: {_pk32_b64(rng)}\n  private key: (hidden)\n  listening port: 51820\n\n"
            f"peer: {_pk32_b64(rng)}\n  endpoint: 203.0.113.{rng.randint(2, 250)}:51820\n  allowed ips: 10.{rng.randint(10, 40)}.0.0/24\n"
            f"  latest handshake: {rng.randint(1, 59)} seconds ago\n")


def peer_config_without_private_key(rng):
    return (f"# peer block to paste on the hub (public half only)\n[Peer]\nPublicKey = {_pk32_b64(rng)}\n"
            f"AllowedIPs = 10.{rng.randint(10, 40)}.{rng.randint(0, 9)}.0/24\nPersistentKeepalive = 25\n")


def stripe_signature_log(rng):
    return (f"POST /webhooks/stripe 200 {rng.randint(20, 90)}ms\nStripe-Signature: t={1756000000 + rng.randrange(9000000)},"
            f"v1={_sha256_hex(rng)}\nevent=checkout.session.completed id=evt_{C.rs(rng, C.ALNUM, 24)}\n")


def github_hook_delivery_headers(rng):
    return (f"X-GitHub-Delivery: {C.uuid4(rng)}\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256={_sha256_hex(rng)}\n"
            f"X-Shopify-Hmac-Sha256: {base64.b64encode(hashlib.sha256(bytes(rng.randrange(256) for _ in range(40))).digest()).decode()}\n")


CLASSES = [
    ("vineyard_block_and_clone_registers", [block_register_csv, nursery_clone_order_note],
     "block ids, clones, rootstocks, nursery order and certification lot numbers"),
    ("ttb_cola_and_bonded_winery_numbers", [label_approval_log, bond_permit_letter_excerpt],
     "TTB label-approval ids, basic permit and bonded-winery registry numbers, EINs"),
    ("wine_lot_and_tank_labels", [tank_card_ocr, lot_composition_report],
     "tank cards, lot codes, barrel groups"),
    ("sscc_pallet_and_gln_codes", [despatch_advice_edi_excerpt, pallet_label_scan_log],
     "SSCC-18 pallet codes, GLN and GTIN codes with real GS1 check digits in EDI and scan logs"),
    ("lwin_fine_wine_codes", [liv_ex_offer_sheet, bonded_stock_statement],
     "LWIN-7 / LWIN-18 codes, bond account and rotation numbers"),
    ("weather_station_and_soil_probe_telemetry", [weatherlink_json_current, soil_probe_mqtt_payloads],
     "weather-station JSON and soil-probe MQTT payloads with station ids, UUIDv4s and hex device ids"),
    ("lorawan_device_eui_listings", [chirpstack_device_list, gateway_frame_log],
     "LoRaWAN DevEUI / JoinEUI / gateway EUI / DevAddr values (public identifiers, no AppKey)"),
    ("public_by_design_storefront_keys", [club_shop_checkout_html, tasting_booking_widget_snippet],
     "Stripe `pk_live_51`, Square application id, reCAPTCHA site key, Mapbox `pk.` token, Shopify storefront token, Algolia search-only key"),
    ("vendor_docs_sample_credentials", [integration_readme_markdown, api_docs_curl_sample],
     "the AWS documentation example pair, `YOUR_API_KEY`, `sk_test_xxxx` placeholders"),
    ("env_example_blank_templates", [dotenv_example_file, helm_values_schema_defaults],
     "`.env.example` and Helm defaults with this corpus's key names and empty / `changeme` / `<…>` values"),
    ("masked_secret_displays", [support_ticket_masked_paste, deploy_log_masked_vars],
     "`••••`, `***`, `[REDACTED]`, `[FILTERED]`, prefix + mask + last four"),
    ("secret_manager_reference_strings", [sops_and_ssm_refs_yaml, ci_secret_placeholders],
     "`{{resolve:secretsmanager:…}}`, `ssm:/…`, `vault:…`, `op://…`, GCP secret paths, `${{ secrets.X }}`, `$(X)`"),
    ("django_pbkdf2_and_argon2_hashes", [auth_user_table_dump, staff_accounts_json_export],
     "Django `pbkdf2_sha256$870000$…` and `$argon2id$` hashes (random bytes in the real frame; the column is called password)"),
    ("sops_and_age_ciphertext", [sops_encrypted_yaml, age_armored_file],
     "SOPS `ENC[AES256_GCM,…]` values with an `age1…` recipient, age armored files (random bytes)"),
    ("git_and_container_image_digests", [deploy_manifest_digests, git_log_oneline],
     "image digests `@sha256:` (real SHA-256 of random bytes), commit hashes"),
    ("cellar_door_security_briefing_prose", [staff_handbook_it_page, harvest_induction_notes],
     "staff-handbook and induction prose about passwords and codes, none given"),
    ("club_order_and_shipment_ids", [commerce_order_json, carrier_tracking_email],
     "UUIDv4 order / customer / shipment ids, order numbers, carrier tracking numbers"),
    ("wine_lab_analysis_results", [lab_report_table, ferment_log_csv],
     "lab sample ids, pH, TA, VA, alcohol, RS, ferment logs"),
    ("wireguard_public_keys_and_peer_lists", [wg_show_output, peer_config_without_private_key],
     "WireGuard public keys (Base64 of 32 bytes, same shape as the labelled private key), `wg show` output"),
    ("webhook_signature_headers", [stripe_signature_log, github_hook_delivery_headers],
     "`Stripe-Signature` v1 values, `X-Hub-Signature-256`, `X-Shopify-Hmac-Sha256` (signatures, not keys)"),
]
SPARE_CLASSES = ["emcs_arc_excise_references", "gs1_digital_link_bottle_urls"]


def wrap(text, wrapper, rng):
    who = rng.choice(["Mia", "Sam", "Claire", "Tom", "Ana", "Raj"])
    if wrapper == "in_tasting_room_team_chat":
        return f"[{rng.randint(8, 18)}:{rng.randint(10, 59)}] {who}: pasting this so you can see it, nothing secret in there\n{text}[{rng.randint(8, 18)}:{rng.randint(10, 59)}] Raj: ok thanks\n"
    if wrapper == "in_winery_it_helpdesk_ticket":
        return f"Ticket WIN-{rng.randint(1000, 9999)} | Reporter: {who} | Priority: low\nDescription:\n{text}Agent note: no credentials in this paste, safe to keep.\n"
    if wrapper == "in_cellar_crew_email":
        return f"From: {who.lower()}@hillcrest-wines.example\nSubject: FYI\n\nHi all,\n\n{text}\nCheers,\n{who}\n"
    if wrapper == "in_winemakers_forum_thread":
        return f"Re: how do you all keep track of this? (post #{rng.randint(2, 80)})\n{who}_vigneron wrote:\n{text}-- quoted for reference, identifiers only\n"
    raise KeyError(wrapper)


def build(is_clean):
    """is_clean(text) -> bool; a text is redrawn until it passes."""
    rng = random.Random(SEED)
    out = []
    for cname, kinds, _desc in CLASSES:
        for kind in kinds:
            for pres in [None] + WRAPPERS:
                for _ in range(200):
                    t = kind(rng)
                    if pres:
                        t = wrap(t, pres, rng)
                    if is_clean(t):
                        break
                else:
                    raise RuntimeError("negative could not be drawn clean")
                cont = kind.__name__ if pres is None else f"{kind.__name__}__{pres}"
                out.append((cname, cont, t))
    return out
