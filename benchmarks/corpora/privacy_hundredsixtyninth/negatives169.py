"""Hard negatives from the golf / country-club world: no secret, but look as if they might hold one."""
import base64
import hashlib
import random
import string

from common169 import (ALNUM, B64URL, LOWER_ALNUM, UPPER_ALNUM, b64, b64u_json, iban_gb, luhn_digit, rhex, rs,
                       upc_check, uuid4)

SEED = 16906
D = string.digits
NAMES = ["Dana Whitfield", "Marcus Okafor", "Priya Raman", "Tom Gallagher", "Keiko Sato", "Luis Ortega",
         "Annette Moreau", "Ravi Patel", "Bridget Kerr", "Owen Lloyd"]


def _imei(r):
    body = "35" + rs(r, D, 12)
    return body + luhn_digit(body)


def _upc(r):
    d = rs(r, D, 11)
    return d + upc_check(d)


def _member_no(r):
    body = rs(r, D, 7)
    return body + luhn_digit(body)


def _sha256(r):
    return hashlib.sha256(rs(r, ALNUM, 24).encode()).hexdigest()


def _bcrypt_shape(r):
    return "$2b$12$" + rs(r, "./" + ALNUM, 53)


def _pbkdf2(r):
    salt = rs(r, ALNUM, 16)
    dk = hashlib.pbkdf2_hmac("sha256", rs(r, D, 4).encode(), salt.encode(), 50000).hex()
    return f"pbkdf2:sha256:50000${salt}${dk}"


def _scrypt(r):
    salt = rs(r, ALNUM, 16)
    dk = hashlib.scrypt(rs(r, D, 6).encode(), salt=salt.encode(), n=16384, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=64).hex()
    return f"scrypt:16384:8:1${salt}${dk}"


def _pgp_armor(r):
    body = base64.b64encode(bytes(r.randrange(256) for _ in range(180))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = base64.b64encode(bytes(r.randrange(256) for _ in range(3))).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + crc + "\n-----END PGP MESSAGE-----"


def _kms_blob(r):
    return "AQICAHh" + b64(r, 120)[7:]


# ---- base kinds: (class, base kind, generator)
def k_confirmation_email(r):
    return (f"Subject: Tee time confirmed - {r.choice(['Sat', 'Sun', 'Wed'])} {r.randint(6, 9)}:{r.choice(['00', '10', '20', '40', '50'])} AM\n\n"
            f"Hi {r.choice(NAMES).split()[0]}, your booking is confirmed.\nConfirmation #: TT-{rs(r, UPPER_ALNUM, 8)}\n"
            f"Reservation ID: {r.randint(10 ** 8, 10 ** 9)}\nPlayers: {r.randint(2, 4)}  Holes: 18  Cart: yes\n"
            "Manage your booking at https://book.club.example/my-tee-times\n")


def k_tee_sheet_csv(r):
    rows = ["booking_ref,tee_time,course,players,booking_channel"]
    for _ in range(4):
        rows.append(f"BK{rs(r, D, 9)},{r.randint(6, 16):02d}:{r.choice(['00', '08', '16', '24', '32'])},North,{r.randint(1, 4)},"
                    f"{r.choice(['web', 'app', 'phone', 'golfnow'])}")
    return "\n".join(rows) + "\n"


def k_ghin_lookup(r):
    return (f"Handicap lookup -> {r.choice(NAMES)}\n  GHIN number: {rs(r, D, 7)}\n  Handicap Index: {r.randint(2, 28)}.{r.randint(0, 9)}\n"
            f"  Low HI: {r.randint(2, 20)}.{r.randint(0, 9)}\n  Club ID: {rs(r, D, 5)}  Association: {r.randint(10, 99)}\n")


def k_member_directory(r):
    rows = ["member_no\tname\tcategory\tlocker"]
    for _ in range(4):
        rows.append(f"{_member_no(r)}\t{r.choice(NAMES)}\t{r.choice(['Full', 'Social', 'Junior', 'Senior'])}\tB-{r.randint(1, 96):02d}")
    return "\n".join(rows) + "\n(member numbers carry a Luhn check digit)\n"


def k_cart_fleet(r):
    rows = ["cart  serial          tablet_imei"]
    for i in range(4):
        rows.append(f"{r.randint(1, 80):02d}    CC{r.randint(20, 25)}{rs(r, UPPER_ALNUM, 10)}  {_imei(r)}")
    return "Cart fleet inventory\n" + "\n".join(rows) + "\n"


def k_mdm_devices(r):
    return (f"MDM device list (course tablets)\n- serial R52{rs(r, UPPER_ALNUM, 8)}  imei {_imei(r)}  udid {uuid4(r)}\n"
            f"- serial R52{rs(r, UPPER_ALNUM, 8)}  imei {_imei(r)}  udid {uuid4(r)}\n")


def k_stock_count(r):
    rows = ["sku,upc,description,on_hand"]
    for _ in range(4):
        rows.append(f"{r.choice(['BAL', 'GLV', 'TEE', 'HAT'])}-{rs(r, D, 5)},{_upc(r)},{r.choice(['Tour balls dz', 'Cabretta glove M', 'Wooden tees 100', 'Logo cap navy'])},{r.randint(0, 60)}")
    return "\n".join(rows) + "\n"


def k_purchase_order(r):
    return (f"PURCHASE ORDER PO-{rs(r, D, 6)}\nVendor acct: {rs(r, D, 8)}\n"
            f"Line 1  UPC {_upc(r)}  qty 24\nLine 2  UPC {_upc(r)}  qty 12\nLine 3  UPC {_upc(r)}  qty 6\n")


def k_leaderboard_api(r):
    return ('{"event_id": "%s", "round_id": "%s", "leaders": [{"player_id": %d, "to_par": -%d}, {"player_id": %d, "to_par": -%d}], "etag": "W/\\"%s\\""}\n'
            % (uuid4(r), uuid4(r), r.randint(1000, 9999), r.randint(1, 6), r.randint(1000, 9999), r.randint(0, 4), rhex(r, 16)))


def k_scorecard_sync_log(r):
    return (f"2025-06-{r.randint(10, 28)}T1{r.randint(0, 9)}:22:10Z scorecard sync ok round={uuid4(r)} card={rs(r, UPPER_ALNUM, 10)} request_id={rhex(r, 32)}\n"
            f"2025-06-{r.randint(10, 28)}T1{r.randint(0, 9)}:22:11Z leaderboard push ok event=club-champ idempotency_key={uuid4(r)}\n")


def k_lorawan_registry(r):
    return (f"LoRaWAN devices (soil moisture probes)\nDevEUI {rhex(r, 16).upper()}  JoinEUI {rhex(r, 16).upper()}  green {r.randint(1, 18)}\n"
            f"DevEUI {rhex(r, 16).upper()}  JoinEUI {rhex(r, 16).upper()}  green {r.randint(1, 18)}\n(AppKeys are held in the network server, not here.)\n")


def k_irrigation_status(r):
    mac = ":".join(rhex(r, 2) for _ in range(6))
    return (f"Lynx satellite status\n  controller MAC {mac}\n  firmware 4.{r.randint(0, 9)}.{r.randint(0, 20)} build {rhex(r, 7)}\n"
            f"  station serial TSAT-{rs(r, D, 8)}\n  last sync 05:{r.randint(10, 59)}\n")


def k_statement_footer(r):
    return (f"Member statement - {r.choice(['May', 'June', 'July'])} 2025\nInvoice no. INV-{rs(r, D, 7)}  Member {_member_no(r)}\n"
            f"Please pay by bank transfer to IBAN {iban_gb(r)}, reference your member number.\n")


def k_dues_batch(r):
    return (f"Dues batch {rs(r, D, 6)}: 412 statements, total $ {r.randint(100, 900)},{r.randint(100, 999)}.00\n"
            f"Direct debit run DD-{rs(r, UPPER_ALNUM, 10)} scheduled; mandate refs CLUB-{rs(r, D, 8)} ... CLUB-{rs(r, D, 8)}\n")


def k_booking_widget_embed(r):
    return ("<script src=\"https://js.stripe.com/v3\"></script>\n<script>\n"
            f"  const stripe = Stripe('pk_live_{rs(r, ALNUM, 99)}');\n"
            f"  mapboxgl.accessToken = 'pk.{b64u_json({'u': 'pinehollow', 'a': rs(r, LOWER_ALNUM, 25)})}.{rs(r, B64URL, 22)}';\n</script>\n")


def k_member_app_public_config(r):
    return ("// public config shipped in the member app bundle\nexport const publicConfig = {\n"
            f"  posthogProjectKey: 'phc_{rs(r, ALNUM, 43)}',\n  algoliaAppId: '{rs(r, UPPER_ALNUM, 10)}',\n"
            f"  algoliaSearchOnlyKey: '{rhex(r, 32)}',\n  recaptchaSiteKey: '6L{rs(r, B64URL, 38)}',\n}};\n")


def k_firmware_manifest(r):
    return ("{\n  \"image\": \"cart-tablet-os-5.%d.%d.img\",\n  \"size\": %d,\n  \"sha256\": \"%s\"\n}\n"
            % (r.randint(0, 9), r.randint(0, 30), r.randint(10 ** 8, 10 ** 9), _sha256(r)))


def k_release_checksums(r):
    files = ["teesheet-api-linux-amd64.tar.gz", "scoring-kiosk.apk", "lynx-bridge_arm64.deb"]
    out = []
    for f in files:
        out.append(hashlib.sha512(rs(r, ALNUM, 20).encode()).hexdigest() + "  " + f)
    return "SHA512SUMS\n" + "\n".join(out) + "\n"


def k_pos_masked_log(r):
    return (f"[pos-sync] connecting to proshop db as svc_pos password=******** host=10.20.4.{r.randint(2, 250)}\n"
            f"[pos-sync] api key loaded: sk_live_****************{rs(r, ALNUM, 4)}\n[pos-sync] token=[REDACTED] ok\n")


def k_settings_screen_masked(r):
    return ("Integrations > Tee Sheet\n  API key        \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022  [Reveal]\n"
            "  Webhook secret ************************  [Rotate]\n  Client secret  (hidden)\n"
            f"  Last rotated   2025-0{r.randint(1, 6)}-{r.randint(10, 28)} by {r.choice(NAMES)}\n")


def k_env_example(r):
    return ("# .env.example -- copy to .env and fill in\nTEE_SHEET_ADMIN_PASSWORD=\nTTBK_API_KEY=ttbk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
            f"HANDICAP_CLIENT_SECRET=<your-handicap-client-secret>\nDUES_WEBHOOK_SECRET=changeme\nCOURSE_ID={r.randint(1000, 9999)}\n")


def k_helm_placeholders(r):
    return ("teesheet:\n  image: registry.club.example/teesheet:%s\n  adminPassword: \"{{ .Values.secrets.adminPassword }}\"\n"
            "  bookingApiKey: \"${BOOKING_API_KEY:?set me}\"\n  dbPassword: \"REPLACE_ME\"\n" % r.choice(["2.4.1", "2.5.0", "3.0.2"]))


def k_k8s_secret_refs(r):
    return ("env:\n  - name: TEE_SHEET_ADMIN_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: teesheet-secrets\n        key: admin-password\n"
            f"  - name: DUES_WEBHOOK_SECRET\n    value: op://Club Ops/dues-webhook/credential\n"
            f"  - name: TTBK_API_KEY\n    value: arn:aws:secretsmanager:us-east-2:{rs(r, D, 12)}:secret:teesheet/ttbk-{rs(r, ALNUM, 6)}\n")


def k_ci_secret_interpolation(r):
    return ("steps:\n  - run: ./deploy.sh\n    env:\n      HANDICAP_CLIENT_SECRET: ${{ secrets.HANDICAP_CLIENT_SECRET }}\n"
            f"      TURF_HMAC_KEY: vault:secret/data/turf#hmac_key\n      POS_DB_PASSWORD: $(POS_DB_PASSWORD)\n      BUILD: {r.randint(100, 999)}\n")


def k_pin_table_dump(r):
    rows = ["member_no | pin_hash"]
    for _ in range(2):
        rows.append(f"{_member_no(r)} | {_pbkdf2(r)}")
    rows.append(f"{_member_no(r)} | {_scrypt(r)}")
    return "\n".join(rows) + "\n"


def k_staff_hash_export(r):
    return ("username,hash_algo,hash\n" + "\n".join(
        f"{u},bcrypt,{_bcrypt_shape(r)}" for u in r.sample(["starter", "proshop2", "greenkeeper", "fnb_lead", "caddiemaster"], 3)) + "\n")


def k_kms_env(r):
    return (f"# values encrypted with KMS key alias/club-teesheet (decrypt at boot)\nTEE_SHEET_ADMIN_PASSWORD_ENC={_kms_blob(r)}\n"
            f"DUES_WEBHOOK_SECRET_ENC={_kms_blob(r)}\n")


def k_pgp_statement_note(r):
    return "Encrypted note to the club treasurer (statement corrections):\n\n" + _pgp_armor(r) + "\n"


def k_reset_chat(r):
    a, b = r.sample([n.split()[0] for n in NAMES], 2)
    return (f"{a}: the pro shop till locked me out again after three tries\n{b}: I reset it, you'll get a temporary password by text\n"
            f"{a}: got it, it made me pick a new one with 12 characters\n{b}: perfect, don't write it on the register this time\n")


def k_password_policy(r):
    return ("Club IT policy 4.2 - Passwords\nStaff passwords must be at least 12 characters and are rotated every 90 days.\n"
            "Never share the tee-sheet admin password in WhatsApp; use the password manager vault 'Club Ops'.\n"
            f"Questions: it@club.example (policy owner: {r.choice(NAMES)})\n")


def k_webhook_signature_log(r):
    return (f"POST /hooks/booking 200 t={r.randint(1718000000, 1719999999)} "
            f"X-Signature-256: sha256={hashlib.sha256(rs(r, ALNUM, 30).encode()).hexdigest()} delivery={uuid4(r)}\n"
            f"POST /hooks/booking 200 Stripe-Signature: t={r.randint(1718000000, 1719999999)},v1={rhex(r, 64)}\n")


def k_oauth_state_challenge(r):
    verifier_hash = base64.urlsafe_b64encode(hashlib.sha256(rs(r, ALNUM, 50).encode()).digest()).decode().rstrip("=")
    return (f"GET /oauth/authorize?response_type=code&client_id=handicap-sync-web&state={rs(r, B64URL, 22)}"
            f"&code_challenge={verifier_hash}&code_challenge_method=S256&nonce={rhex(r, 16)}\n")


def k_aws_docs_example(r):
    return ("From the AWS CLI docs (example values only):\n  aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
            "  aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
            f"We use SSO for the club account {rs(r, D, 12)}; nobody should need static keys.\n")


def k_api_docs_curl(r):
    return ("curl https://api.teetimes.example/v2/slots?course=%d \\\n  -H \"Authorization: Bearer YOUR_API_KEY\" \\\n"
            "  -H \"X-Club-Id: demo-club\"\n# replace YOUR_API_KEY with the key from Settings > Developers\n" % r.randint(1000, 9999))


CLASSES = [
    ("tee_time_confirmation_numbers", [("tee_time_confirmation_email", k_confirmation_email), ("tee_sheet_export_rows", k_tee_sheet_csv)]),
    ("handicap_and_member_numbers", [("ghin_lookup_result", k_ghin_lookup), ("member_directory_rows", k_member_directory)]),
    ("cart_tablet_serials_and_imeis", [("cart_fleet_inventory", k_cart_fleet), ("tablet_mdm_device_list", k_mdm_devices)]),
    ("pro_shop_upc_and_sku_codes", [("pro_shop_stock_count", k_stock_count), ("vendor_purchase_order", k_purchase_order)]),
    ("round_and_leaderboard_ids", [("leaderboard_api_response", k_leaderboard_api), ("scorecard_sync_log", k_scorecard_sync_log)]),
    ("turf_sensor_eui_and_mac_addresses", [("lorawan_device_registry", k_lorawan_registry), ("irrigation_controller_status", k_irrigation_status)]),
    ("dues_statement_iban_and_invoice_refs", [("member_statement_footer", k_statement_footer), ("dues_batch_summary", k_dues_batch)]),
    ("browser_publishable_keys_in_club_sites", [("booking_widget_embed", k_booking_widget_embed), ("member_app_public_config", k_member_app_public_config)]),
    ("firmware_and_release_digests", [("cart_firmware_manifest", k_firmware_manifest), ("release_sha512sums", k_release_checksums)]),
    ("asterisked_credentials_in_club_logs", [("pos_sync_masked_log", k_pos_masked_log), ("tee_sheet_integrations_masked_screen", k_settings_screen_masked)]),
    ("example_env_placeholders_for_club_apps", [("teesheet_env_example", k_env_example), ("teesheet_helm_placeholders", k_helm_placeholders)]),
    ("vault_arn_and_op_reference_strings", [("k8s_secret_store_refs", k_k8s_secret_refs), ("ci_secret_interpolation", k_ci_secret_interpolation)]),
    ("member_pin_hashes_pbkdf2_scrypt_bcrypt", [("member_pin_table_dump", k_pin_table_dump), ("staff_login_hash_export", k_staff_hash_export)]),
    ("kms_and_pgp_ciphertext_blobs", [("kms_encrypted_env_values", k_kms_env), ("pgp_encrypted_treasurer_note", k_pgp_statement_note)]),
    ("password_talk_without_values_at_the_club", [("pro_shop_lockout_chat", k_reset_chat), ("club_it_password_policy", k_password_policy)]),
    ("signature_outputs_and_oauth_nonces", [("booking_webhook_signature_log", k_webhook_signature_log), ("oauth_state_and_code_challenge", k_oauth_state_challenge)]),
    ("vendor_docs_example_credentials", [("aws_cli_docs_example_keys", k_aws_docs_example), ("tee_time_api_docs_curl", k_api_docs_curl)]),
]

WRAPPERS = [
    (None, None),
    ("in_greenkeeping_jira_issue", "GK-{n} Attach reference output to the audit ticket\nReporter: turf ops\nDescription:\n{body}\nLabels: irrigation, ops\n"),
    ("in_pro_shop_slack_thread", "#pro-shop-tech  (thread {n})\n> pasting what I see, nothing secret in here I think:\n```\n{body}```\n:+1: 2\n"),
    ("in_club_it_outlook_email", "From: it@club.example\nSubject: FW: for the audit folder ({n})\n\nSee below.\n\n{body}\n-- Club IT\n"),
    ("in_tee_sheet_confluence_page", "Tee Sheet Platform / Runbooks / Reference {n}\n\nExample output:\n\n{body}\nLast updated by Club IT\n"),
    ("in_scoring_github_pr_comment", "reviewer commented on scoring#{n}:\n\n> {first}\n\nLooks fine to me, this is public / non-secret data:\n\n```\n{body}```\n"),
]


def generate():
    rng = random.Random(SEED)
    out = []
    for cls, bases in CLASSES:
        for base, fn in bases:
            for wname, wt in WRAPPERS:
                body = fn(rng)
                if wname is None:
                    text, cont = body, base
                else:
                    first = body.splitlines()[0]
                    text = wt.format(n=rng.randint(100, 999), body=body, first=first)
                    cont = f"{base}__{wname}"
                out.append((cls, cont, text))
    return out
