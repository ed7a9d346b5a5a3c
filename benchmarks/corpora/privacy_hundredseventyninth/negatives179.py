"""Hard negatives of the florist / wedding / event world: look like secrets, are not."""
import base64
import hashlib
import hmac
import random
import string
from common179 import (B62, B64U, HEXL, HEXU, UPALNUM, LOWALNUM, rstr, rbytes, uuid4, b64, b64u_nopad,
                       luhn_digit, gs1_digit, vin_check, VIN_MAP)

SEED = 17906
DIG = string.digits


def _d(r, n):
    return rstr(r, DIG, n)


def k_wire_order_log(r):
    lines = ["relay.log — outgoing wire orders"]
    for _ in range(4):
        lines.append(f"2026-06-{r.randint(10, 28)} 0{r.randint(7, 9)}:{r.randint(10, 59)} SEND WO-2026-{_d(r, 6)} "
                     f"to shop {_d(r, 5)} zone {r.choice('NSEW')}{r.randint(1, 9)} ref M{_d(r, 7)} status=QUEUED")
    return "\n".join(lines) + "\n"


def k_delivery_manifest(r):
    rows = ["manifest_id,order_no,recipient_postcode,van,slot"]
    mid = "MAN-" + rstr(r, UPALNUM, 8)
    for _ in range(4):
        rows.append(f"{mid},WO-{_d(r, 8)},{r.choice(['BS1', 'BA2', 'GL5', 'SN1'])} {r.randint(1, 9)}{rstr(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)},VAN{r.randint(1, 4)},{r.randint(8, 16)}:00")
    return "\n".join(rows) + "\n"


def k_rsvp_codes(r):
    rows = ["party_id,invite_code,guests,status"]
    for _ in range(4):
        rows.append(f"{uuid4(r)},RSVP-{rstr(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6)},{r.randint(1, 5)},{r.choice(['yes', 'no', 'pending'])}")
    return "\n".join(rows) + "\n"


def k_table_plan(r):
    lines = [f"TABLE PLAN – Hartley / Osei wedding – v{r.randint(2, 9)}"]
    for t in range(1, 5):
        lines.append(f"Table {t} ({r.choice(['Peony', 'Dahlia', 'Freesia', 'Lilac', 'Protea'])}): seats {r.randint(6, 10)}, card codes "
                     + ", ".join("T%02d-%s" % (t, rstr(r, UPALNUM, 4)) for _ in range(3)))
    return "\n".join(lines) + "\n"


def _ticket_no(r):
    base = "7" + _d(r, 14)
    return base + luhn_digit(base)


def k_ticket_scans(r):
    lines = ["door02 scan log"]
    for _ in range(4):
        lines.append(f"{r.randint(18, 21)}:{r.randint(10, 59)}:{r.randint(10, 59)} barcode={_ticket_no(r)} order=ORD-{_d(r, 9)} result=ADMIT")
    return "\n".join(lines) + "\n"


def k_checkin_csv(r):
    rows = ["attendee_id,ticket_barcode,checked_in_at,gate"]
    for _ in range(4):
        rows.append(f"att_{rstr(r, LOWALNUM, 14)},{_ticket_no(r)},2026-07-{r.randint(10, 28)}T19:{r.randint(10, 59)}:00Z,G{r.randint(1, 3)}")
    return "\n".join(rows) + "\n"


def k_venue_hold_email(r):
    return (f"Subject: Provisional hold confirmed – Oakwood Barn\n\nHold reference: HLD-{_d(r, 4)}-{rstr(r, UPALNUM, 5)}\n"
            f"Booking id: {uuid4(r)}\nDates: 2026-09-{r.randint(10, 28)} (ceremony + reception)\n"
            f"Deposit invoice: INV-{_d(r, 7)} due in 14 days.\n")


def k_venue_api_json(r):
    return ("{\n  \"venue_id\": \"ven_" + rstr(r, LOWALNUM, 16) + "\",\n  \"space_id\": \"spc_" + rstr(r, LOWALNUM, 16)
            + "\",\n  \"holds\": [\n    {\"hold_id\": \"" + uuid4(r) + "\", \"state\": \"tentative\"},\n    {\"hold_id\": \""
            + uuid4(r) + "\", \"state\": \"released\"}\n  ],\n  \"etag\": \"W/\\\"" + rstr(r, HEXL, 32) + "\\\"\"\n}\n")


def k_lorawan(r):
    payload = b64(bytes([r.randint(0, 255) for _ in range(6)]))
    return ("{\n  \"end_device_ids\": {\n    \"device_id\": \"coldroom-" + str(r.randint(1, 9)) + "\",\n    \"dev_eui\": \""
            + rstr(r, HEXU, 16) + "\",\n    \"join_eui\": \"" + rstr(r, HEXU, 16) + "\",\n    \"dev_addr\": \"" + rstr(r, HEXU, 8)
            + "\"\n  },\n  \"uplink_message\": {\n    \"f_port\": 2,\n    \"frm_payload\": \"" + payload + "\",\n    \"decoded_payload\": {\"temp_c\": "
            + str(round(r.uniform(2.5, 6.5), 1)) + ", \"rh\": " + str(r.randint(80, 95)) + "}\n  }\n}\n")


def k_cold_csv(r):
    rows = ["timestamp,sensor_mac,temp_c,door"]
    mac = ":".join(rstr(r, HEXU, 2) for _ in range(6))
    for i in range(5):
        rows.append(f"2026-06-14T0{i}:00:00Z,{mac},{round(r.uniform(2.8, 5.9), 2)},{r.choice(['closed', 'closed', 'open'])}")
    return "\n".join(rows) + "\n"


def _vin(r):
    alpha = [c for c in VIN_MAP if c not in "IOQ"]
    v = "WF0" + "".join(r.choice(alpha) for _ in range(5)) + "0" + "".join(r.choice(alpha) for _ in range(8))
    return v[:8] + vin_check(v) + v[9:]


def k_fleet_rows(r):
    rows = ["van,vin,plate,mot_due"]
    for i in range(1, 4):
        rows.append(f"VAN{i},{_vin(r)},{r.choice(['WU', 'WX', 'BK'])}{r.randint(19, 24)} {rstr(r, 'ABCDEFGHJKLMNPRSTUVWXYZ', 3)},2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")
    return "\n".join(rows) + "\n"


def k_van_invoice(r):
    return (f"SERVICE INVOICE  SI-{_d(r, 6)}\nVehicle: Transit Custom  VIN {_vin(r)}\nOdometer: {r.randint(20000, 90000)} mi\n"
            f"Job card: JC-{rstr(r, UPALNUM, 6)}   Refrigeration unit serial: TK{_d(r, 9)}\n")


def _ean13(r, prefix="50"):
    b = prefix + _d(r, 12 - len(prefix))
    return b + gs1_digit(b)


def _isbn13(r):
    b = "978" + _d(r, 9)
    return b + gs1_digit(b)


def k_registry_items(r):
    rows = ["item,gtin,qty_wanted,qty_bought"]
    for item in r.sample(["Dutch oven", "Linen napkins (8)", "Cake stand", "Champagne flutes", "Cookbook", "Picnic hamper"], 4):
        code = _isbn13(r) if item == "Cookbook" else _ean13(r)
        rows.append(f"{item},{code},{r.randint(1, 4)},{r.randint(0, 2)}")
    return "\n".join(rows) + "\n"


def k_registry_shipping(r):
    return (f"Your registry gift is on its way!\nOrder {rstr(r, UPALNUM, 3)}-{_d(r, 7)}\nItem GTIN {_ean13(r)} (qty 1)\n"
            f"Tracking: 1Z{rstr(r, UPALNUM, 16)}\nRegistry id: REG-{_d(r, 8)}\n")


def k_esign_certificate(r):
    doc = rbytes(r, 200)
    return (f"Certificate Of Completion\nEnvelope Id: {uuid4(r).upper().replace('-', '')}\nSubject: DJ performance agreement – "
            f"{r.choice(['Ellison', 'Hartley', 'Osei', 'Novak'])} wedding\nDocument SHA-256: {hashlib.sha256(doc).hexdigest()}\n"
            f"Signer IP: 203.0.113.{r.randint(2, 250)}   Sent: 2026-05-{r.randint(10, 28)} 10:{r.randint(10, 59)}\n")


def k_contract_manifest(r):
    lines = []
    for name in ["photography-contract.pdf", "dj-rider.pdf", "florals-proposal.pdf"]:
        lines.append(hashlib.sha256(rbytes(r, 64)).hexdigest() + "  " + name)
    return "\n".join(lines) + "\n"


def k_payment_plan(r):
    last4 = _d(r, 4)
    lines = [f"Payment plan PP-{_d(r, 6)} (card •••• {last4}, exp {r.randint(1, 12):02d}/{r.randint(27, 30)})"]
    for i in range(1, 4):
        lines.append(f"  Instalment {i}: £{r.randint(300, 900)}.00 due 2026-0{i + 3}-01  status={'paid' if i == 1 else 'scheduled'}")
    lines.append("  Sandbox test card used in QA: 4242 4242 4242 4242, test token tok_visa, payment method pm_card_visa")
    return "\n".join(lines) + "\n"


def k_deposit_receipt(r):
    return (f"Receipt #{_d(r, 4)}-{_d(r, 4)}\nDeposit for florals – £{r.randint(150, 600)}.00\nPaid with Visa ending {_d(r, 4)}\n"
            f"Auth code: {_d(r, 6)}   Transaction: ch_{rstr(r, B62, 24)}\n")


def k_checkout_html(r):
    return (f"<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_{rstr(r, B62, 99)}');\n"
            f"  const square = {{ applicationId: 'sq0idp-{rstr(r, B64U, 22)}', locationId: 'L{rstr(r, UPALNUM, 12)}' }};\n"
            f"</script>\n<script src=\"https://www.paypal.com/sdk/js?client-id=A{rstr(r, B64U, 79)}&currency=GBP\"></script>\n")


def k_widget_js(r):
    return (f"window.BOOKING_WIDGET = {{\n  razorpayKeyId: 'rzp_live_{rstr(r, B62, 14)}',\n  adyenClientKey: 'live_{rstr(r, UPALNUM, 32)}',\n"
            f"  braintreeTokenizationKey: 'production_{rstr(r, LOWALNUM, 8)}_{rstr(r, LOWALNUM, 16)}',\n"
            f"  radarPublishableKey: 'prj_live_pk_{rstr(r, HEXL, 40)}',\n}};\n")


def k_quickstart(r):
    return ("## Quickstart\n\n```bash\nexport TIX_API_KEY=tix_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\ncurl -H \"Authorization: Bearer <YOUR_API_KEY>\" \\\n"
            "     https://api.tickets.example/v1/events\n```\n\nReplace `<YOUR_API_KEY>` with the key from Settings → API. "
            f"Never commit real keys (see issue #{r.randint(10, 400)}).\n")


def k_env_template(r):
    return ("# .env.example – copy to .env and fill in\nFLORIST_RELAY_PASSWORD=\nWEDDING_PORTAL_ADMIN_PASSWORD=<set-in-the-vault>\n"
            "ESIGN_WEBHOOK_SECRET=ctrwh_REPLACE_ME\nVAN_TRACKER_AES_KEY=00000000000000000000000000000000\n"
            f"INSTALMENT_SIGNING_KEY=${{INSTALMENT_SIGNING_KEY:?set in vault}}\n# rev {r.randint(2, 40)}\n")


def k_settings_ocr(r):
    return (f"Integrations › Payments\nStripe secret key   sk_live_••••••••••••{rstr(r, B62, 4)}   [Reveal]\n"
            f"Webhook secret      whsec_••••••••   [Rotate]\nTicketing key       tix_live_****************  (hidden)\n"
            f"Last rotated {r.randint(2, 28)} May 2026 by Leo\n")


def k_deploy_log(r):
    return (f"#{r.randint(100, 999)} deploy rsvp-api\n$ printenv | grep -E 'KEY|SECRET|TOKEN'\nRSVP_SMTP_PASSWORD=********\n"
            "REGISTRY_SYNC_REFRESH_TOKEN=[MASKED]\nCHECKIN_SESSION_TOKEN=***\nJob succeeded\n")


def k_gcp_refs(r):
    proj = "vow-studio-" + str(r.randint(100, 999))
    return (f"env:\n  - name: TIX_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: ticketing\n        key: api-key\n"
            f"  - name: RSVP_SMTP_PASSWORD\n    value: sm://{proj}/rsvp-smtp-password\n"
            f"# projects/{proj}/secrets/esign-webhook-secret/versions/{r.randint(2, 9)}\n")


def k_keyvault_refs(r):
    return ("[\n  {\"name\": \"InstalmentSigningKey\", \"value\": \"@Microsoft.KeyVault(SecretUri=https://kv-vowstudio.vault.azure.net/secrets/instalment-signing-key/)\"},\n"
            "  {\"name\": \"SeatingPlannerPassword\", \"value\": \"@Microsoft.KeyVault(VaultName=kv-vowstudio;SecretName=seating-planner-password)\"},\n"
            "  {\"name\": \"Relay\", \"value\": \"op://Studio/Florist relay/credential\"}\n]\n"
            f"$ fly secrets list -a ticket-door\nNAME\tDIGEST\tCREATED AT\nTIX_API_KEY\t{rstr(r, HEXL, 16)}\t{r.randint(2, 9)}d ago\n")


def _armor(b, width=64):
    s = b64(b)
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def k_age_blob(r):
    return ("guests-final.csv.age (encrypted for the planning team)\n-----BEGIN AGE ENCRYPTED FILE-----\n"
            + _armor(b"age-encryption.org/v1\n-> X25519 " + b64(rbytes(r, 32)).rstrip("=").encode() + b"\n" + rbytes(r, 120))
            + "\n-----END AGE ENCRYPTED FILE-----\n")


def k_pgp_blob(r):
    return ("-----BEGIN PGP MESSAGE-----\n\n" + _armor(bytes([0x85, 0x01, 0x0c]) + rbytes(r, 150)) + "\n="
            + b64(rbytes(r, 3)) + "\n-----END PGP MESSAGE-----\n")


BC64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def k_bcrypt_dump(r):
    rows = ["id,email,password_hash,role"]
    for i in range(1, 4):
        rows.append(f"{i},{r.choice(['ana', 'leo', 'maya', 'noor'])}{i}@vowstudio.example,$2b$12${rstr(r, BC64, 53)},{r.choice(['planner', 'admin'])}")
    return "\n".join(rows) + "\n"


def k_sha512crypt(r):
    lines = []
    for u in ["relayops", "doorstaff", "vanfleet"]:
        lines.append(f"{u}:$6${rstr(r, BC64, 16)}${rstr(r, BC64, 86)}:19{r.randint(700, 999)}:0:99999:7:::")
    return "\n".join(lines) + "\n"


def k_newsletter_tip(r):
    return ("Security tip of the month 🌷\nUse a different password for the wire-service terminal, the POS and your e-mail. "
            "A passphrase of four random words is easier to remember than a single flower name with a number on the end, "
            "and never text a password to a driver – use the shared vault instead.\n")


def k_handbook(r):
    return ("4.3 Accounts and passwords\nEach coordinator gets a personal login for the booking calendar; shared logins are not "
            "allowed. Passwords must be at least 14 characters, are never written on the whiteboard and are reset by the "
            f"office manager (ext. {r.randint(200, 299)}) if you forget yours.\n")


def k_ics(r):
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//VowStudio//Planner 3.2//EN\nBEGIN:VEVENT\n"
            f"UID:{uuid4(r)}@vowstudio.example\nDTSTART:202609{r.randint(10, 28)}T140000Z\nSUMMARY:Venue walkthrough\n"
            f"X-GOOGLE-CONFERENCE:https://meet.google.com/{rstr(r, string.ascii_lowercase, 3)}-{rstr(r, string.ascii_lowercase, 4)}-{rstr(r, string.ascii_lowercase, 3)}\n"
            "END:VEVENT\nEND:VCALENDAR\n")


def k_sync_state(r):
    return ("{\n  \"calendarId\": \"c_" + rstr(r, HEXL, 26) + "@group.calendar.google.com\",\n  \"nextSyncToken\": \"C" + rstr(r, B64U, 30)
            + "=\",\n  \"etag\": \"\\\"" + _d(r, 16) + "\\\"\",\n  \"lastSync\": \"2026-06-14T08:00:00Z\"\n}\n")


def k_svg(r):
    parts = ["<svg viewBox=\"0 0 1200 800\" id=\"plan-" + rstr(r, HEXL, 12) + "\">"]
    for t in range(1, 4):
        parts.append(f"  <circle id=\"tbl-{rstr(r, LOWALNUM, 10)}\" cx=\"{r.randint(100, 1100)}\" cy=\"{r.randint(100, 700)}\" r=\"60\" fill=\"#{rstr(r, HEXU, 6)}\" data-seats=\"{r.randint(6, 10)}\"/>")
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def k_theme_css(r):
    return (":root {\n" + "".join(f"  --{n}: #{rstr(r, HEXL, 6)};\n" for n in ["blush", "sage", "ivory", "dusk"])
            + "}\n.table-card { font-feature-settings: \"ss01\"; }\n/* build " + rstr(r, HEXL, 40) + " */\n")


def k_ed25519_pem(r):
    der = bytes.fromhex("302a300506032b6570032100") + rbytes(r, 32)
    return "ticket-signing public key (safe to ship in the app)\n-----BEGIN PUBLIC KEY-----\n" + b64(der) + "\n-----END PUBLIC KEY-----\n"


def k_jwks(r):
    return ("GET /.well-known/jwks.json\n{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"tkt-" + str(r.randint(2024, 2026))
            + "-" + str(r.randint(1, 9)) + "\",\"use\":\"sig\",\"x\":\"" + b64u_nopad(rbytes(r, 32)) + "\"}]}\n")


def k_md5_manifest(r):
    lines = []
    for i in range(1, 5):
        lines.append(hashlib.md5(rbytes(r, 40)).hexdigest() + f"  ELLISON_{r.randint(1000, 9999)}.CR3")
    return "\n".join(lines) + "\n"


def k_exif(r):
    return (f"Camera Model Name               : Canon EOS R6m2\nSerial Number                   : {_d(r, 12)}\n"
            f"Lens Serial Number              : {_d(r, 10)}\nImage Unique ID                 : {rstr(r, HEXU, 32)}\n"
            f"Shutter Count                   : {r.randint(10000, 99999)}\n")


CLASSES = [
    ("florist_wire_order_and_relay_numbers", [("wire_order_relay_log", k_wire_order_log), ("florist_delivery_manifest_csv", k_delivery_manifest)],
     "wire-order numbers, relay shop codes, delivery zones, manifest ids"),
    ("wedding_guest_rsvp_codes_and_table_numbers", [("rsvp_invitation_code_export", k_rsvp_codes), ("reception_table_plan_printout", k_table_plan)],
     "RSVP invitation codes, party UUIDs, table and place-card codes"),
    ("event_ticket_barcodes_and_check_in_ids", [("door_scanner_barcode_log", k_ticket_scans), ("checkin_attendee_csv_export", k_checkin_csv)],
     "16-digit ticket barcodes with a real Luhn check digit, order and attendee ids"),
    ("venue_hold_and_booking_references", [("venue_hold_confirmation_email", k_venue_hold_email), ("venue_availability_api_json", k_venue_api_json)],
     "hold references, booking UUIDs, invoice numbers, venue / space ids, ETags"),
    ("cold_room_sensor_eui_and_temperature_logs", [("lorawan_uplink_json", k_lorawan), ("cold_room_temperature_csv", k_cold_csv)],
     "LoRaWAN DevEUI / JoinEUI / DevAddr, uplink payloads, sensor MAC addresses"),
    ("delivery_van_vin_and_plate_records", [("van_fleet_register_rows", k_fleet_rows), ("van_service_invoice_header", k_van_invoice)],
     "VINs with a real check digit, number plates, job cards, refrigeration unit serials"),
    ("gift_registry_gtin_and_isbn_items", [("registry_item_export_csv", k_registry_items), ("registry_shipping_notice", k_registry_shipping)],
     "EAN-13 / ISBN-13 codes with real check digits, order and tracking numbers"),
    ("contract_pdf_digests_and_envelope_ids", [("esign_certificate_of_completion", k_esign_certificate), ("contract_archive_sha256_manifest", k_contract_manifest)],
     "e-sign envelope ids, real SHA-256 digests of random bytes, signer IPs"),
    ("instalment_schedules_with_masked_cards", [("payment_plan_schedule_text", k_payment_plan), ("deposit_receipt_email", k_deposit_receipt)],
     "last-four card digits, auth codes, charge ids, the documented Stripe test card / `tok_visa` / `pm_card_visa`"),
    ("publishable_checkout_and_widget_keys", [("checkout_embed_html", k_checkout_html), ("booking_widget_config_js", k_widget_js)],
     "Stripe `pk_live_`, Square application id, PayPal client id, Razorpay key id, Adyen client key, Braintree tokenization key, Radar publishable key"),
    ("placeholder_keys_in_vendor_onboarding_docs", [("ticketing_api_quickstart_readme", k_quickstart), ("portal_env_example_template", k_env_template)],
     "`tix_live_XXXX…`, `<YOUR_API_KEY>`, empty values, `<set-in-the-vault>`, `ctrwh_REPLACE_ME`, all-zero key, `${…:?…}`"),
    ("masked_secrets_in_planner_dashboards", [("planner_payment_settings_screen_ocr", k_settings_ocr), ("deploy_job_printenv_masked", k_deploy_log)],
     "bullets with a four-character tail, `****`, `[MASKED]`, `********`"),
    ("secret_manager_pointers_in_event_deploys", [("gcp_secret_manager_refs_yaml", k_gcp_refs), ("azure_keyvault_app_setting_refs", k_keyvault_refs)],
     "`secretKeyRef`, `sm://`, Secret Manager resource names, Key Vault references, `op://`, `fly secrets list` digests"),
    ("age_and_pgp_encrypted_guest_exports", [("age_armored_guest_list", k_age_blob), ("pgp_message_vendor_contract", k_pgp_blob)],
     "age and OpenPGP armoured ciphertext (random bytes in the right frame)"),
    ("bcrypt_and_sha512crypt_hash_rows", [("portal_users_bcrypt_dump", k_bcrypt_dump), ("shadow_sha512crypt_lines", k_sha512crypt)],
     "bcrypt `$2b$12$…` and sha512-crypt `$6$…` strings (random in frame; one-way; the column is named `password_hash`)"),
    ("password_advice_in_florist_newsletters", [("florist_newsletter_security_tip", k_newsletter_tip), ("venue_staff_handbook_paragraph", k_handbook)],
     "talk about passwords with no password in it"),
    ("calendar_ics_uids_and_sync_tokens", [("ics_invite_attachment", k_ics), ("calendar_sync_state_json", k_sync_state)],
     "ICS UIDs, Meet codes, Google Calendar `nextSyncToken` and ETags (sync cursors, not credentials)"),
    ("seating_chart_svg_ids_and_colour_codes", [("floorplan_svg_fragment", k_svg), ("seating_theme_css_vars", k_theme_css)],
     "SVG element ids, hex colours, a 40-hex build id"),
    ("public_keys_for_ticket_validation", [("ed25519_public_key_pem", k_ed25519_pem), ("jwks_public_endpoint_json", k_jwks)],
     "Ed25519 SubjectPublicKeyInfo PEM (real DER prefix + 32 bytes) and a public OKP JWK `x`"),
    ("photo_gallery_md5_and_exif_serials", [("gallery_upload_md5_manifest", k_md5_manifest), ("exif_camera_serial_dump", k_exif)],
     "real MD5 digests of random bytes, camera and lens serials, EXIF ImageUniqueID (32 hex)"),
]

WRAPPERS = [
    (None, None),
    ("in_florist_team_slack_thread", lambda t, r: f"#florist-ops thread\nMaya: is any of this sensitive before I forward it?\n```\n{t}```\nLeo: no, nothing secret in there 👍\n"),
    ("in_venue_helpdesk_zendesk_ticket", lambda t, r: f"Ticket #{r.randint(10000, 99999)} – question from venue staff\n\n{t}\n-- Internal note: checked, safe to share.\n"),
    ("in_planner_gmail_forward", lambda t, r: f"---------- Forwarded message ---------\nFrom: Harriet <harriet@oakwoodbarn.example>\nSubject: Fwd: for the file\n\n{t}\n"),
    ("in_event_app_gitlab_issue", lambda t, r: f"Issue #{r.randint(10, 900)}: attach sample data for the parser\n\n```\n{t}```\n/label ~\"data-sample\"\n"),
]


def generate(forbidden):
    """forbidden: list of strings (values, plains, runs, hidden passwords) that must not appear."""
    r = random.Random(SEED)
    recs = []
    seen = set()
    n = 0
    for cname, kinds, _desc in CLASSES:
        for kname, fn in kinds:
            for wname, wfn in WRAPPERS:
                for _ in range(50):
                    t = fn(r)
                    if wfn:
                        t = wfn(t, r)
                    if t not in seen and not any(f in t for f in forbidden):
                        break
                else:
                    raise RuntimeError("negative could not be drawn clean")
                seen.add(t)
                n += 1
                recs.append({"id": f"p179-n-{n:04d}", "class": cname,
                             "container": kname if wname is None else f"{kname}__{wname}",
                             "text": t, "source": "negative"})
    return recs
