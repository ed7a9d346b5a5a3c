"""Hard negatives from the salon / spa world: no secret, but look like they might hold one."""
import base64
import hashlib
import random
from common164 import (rs, hexs, b64_bytes, uuid4, luhn_digit, ean13, sha256hex, ALNUM, LOWER_ALNUM,
                       UPPER_ALNUM, B64URL)

SEED = 16406
NAMES = ["Amelia", "Jon", "Priya", "Tomasz", "Keisha", "Lior", "Sofia", "Ravi", "Hannah", "Mateo"]
SERVICES = ["Balayage + toner", "Gel manicure", "Hot stone massage 60", "Brow lamination", "Keratin smoothing",
            "Deep tissue 90", "Lash lift & tint", "Signature facial", "Men's cut", "Bridal updo trial"]


def _booking_email(r):
    ref = "GB-" + rs(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "-" + rs(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    return (f"Subject: You're booked! {r.choice(SERVICES)} on {r.randint(1, 28)} June at {r.randint(9, 17)}:{r.choice(['00', '15', '30', '45'])}\n"
            f"Hi {r.choice(NAMES)}, your booking reference is {ref}.\n"
            f"Manage it here: https://book.glowbook.example/manage/{uuid4(r)}\nSee you soon!")


def _appt_csv(r):
    rows = ["appointment_id,client_id,service,stylist,start"]
    for _ in range(3):
        rows.append(f"apt_{rs(r, 14, LOWER_ALNUM)},cli_{r.randint(100000, 999999)},{r.choice(SERVICES)},{r.choice(NAMES)},2024-06-{r.randint(10, 28)}T{r.randint(9, 17):02d}:00")
    return "\n".join(rows)


def _ean_stock(r):
    rows = ["sku,ean13,product,on_hand"]
    for _ in range(3):
        e = ean13("50" + "".join(str(r.randint(0, 9)) for _ in range(10)))
        rows.append(f"RTL-{r.randint(1000, 9999)},{e},{r.choice(['Argan oil 100ml', 'Purple shampoo 1L', 'Cuticle oil', 'Heat protect spray'])},{r.randint(0, 40)}")
    return "\n".join(rows)


def _po_lines(r):
    lines = [f"PURCHASE ORDER PO-{r.randint(20000, 29999)}  supplier: Salon Wholesale Ltd"]
    for i in range(3):
        e = ean13("40" + "".join(str(r.randint(0, 9)) for _ in range(10)))
        lines.append(f"{i + 1:02d}  EAN {e}  lot {rs(r, 2, UPPER_ALNUM)}{r.randint(1000, 9999)}  qty {r.randint(2, 24)}")
    return "\n".join(lines)


def _giftcard_batch(r):
    rows = ["serial,status,balance_gbp,pin"]
    for _ in range(3):
        body = "6048" + "".join(str(r.randint(0, 9)) for _ in range(11))
        rows.append(f"{body + luhn_digit(body)},issued,{r.choice([25, 50, 75, 100])}.00,****")
    return "\n".join(rows)


def _giftcard_receipt(r):
    body = "6048" + "".join(str(r.randint(0, 9)) for _ in range(11))
    num = body + luhn_digit(body)
    return (f"GIFT CARD SOLD  card {num[:4]} {num[4:8]} {num[8:12]} {num[12:]}\n"
            f"PIN: printed under scratch panel\nValue £{r.choice([30, 60, 120])}.00  till 02  txn {r.randint(100000, 999999)}")


def _publishable(r):
    return (f"<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51{rs(r, 97)}');\n"
            f"  const payments = Square.payments('sq0idp-{rs(r, 22, B64URL)}', 'L{rs(r, 12, UPPER_ALNUM)}');\n"
            f"  grecaptcha.render('book-btn', {{ sitekey: '6L{rs(r, 38, B64URL)}' }});\n</script>")


def _oauth_ids(r):
    return (f"# public identifiers shipped inside the stylist app bundle\n"
            f"GOOGLE_IOS_CLIENT_ID={r.randint(10**11, 10**12 - 1)}-{rs(r, 32, LOWER_ALNUM)}.apps.googleusercontent.com\n"
            f"FACEBOOK_APP_ID={r.randint(10**14, 10**15 - 1)}\nMS_APP_CLIENT_ID={uuid4(r)}\n"
            f"SENTRY_DSN=https://{hexs(r, 32)}@o{r.randint(100000, 999999)}.ingest.sentry.io/{r.randint(1000000, 9999999)}")


def _webhook_events(r):
    return (f"POST /hooks/payments 200 12ms\n  event id=evt_{rs(r, 24)} type=payment_intent.succeeded\n"
            f"  Idempotency-Key: {uuid4(r)}\n  X-Request-Id: req_{rs(r, 14)}")


def _square_webhook_body(r):
    return ('{"merchant_id":"' + rs(r, 13, UPPER_ALNUM) + '","type":"booking.created","event_id":"' + uuid4(r)
            + '","data":{"id":"' + rs(r, 26, LOWER_ALNUM) + '","object":{"booking":{"version":0,"location_id":"L' + rs(r, 12, UPPER_ALNUM) + '"}}}}')


def _ics(r):
    return (f"BEGIN:VEVENT\nUID:{uuid4(r)}@glowbook.example\nDTSTAMP:20240612T{r.randint(10, 23)}0000Z\n"
            f"SUMMARY:{r.choice(SERVICES)} with {r.choice(NAMES)}\nSEQUENCE:{r.randint(0, 4)}\nEND:VEVENT")


def _etags(r):
    return (f"GET /calendars/primary/events?updatedMin=2024-06-01T00:00:00Z\n< HTTP/2 200\n< etag: \"{r.randint(10**15, 10**16 - 1)}\"\n"
            f"< x-goog-request-id: {hexs(r, 16)}\n  \"iCalUID\": \"{rs(r, 26, LOWER_ALNUM)}@google.com\"")


def _terminal_serials(r):
    return (f"Reader inventory — Camden\nSquare Terminal  S/N {r.randint(100, 999)}CS{r.randint(10**9, 10**10 - 1)}\n"
            f"Stripe WisePOS E  tmr_{rs(r, 24)}  serial WSC513{r.randint(10**9, 10**10 - 1)}\n"
            f"Receipt printer TM-m30III  MAC 00:26:AB:{hexs(r, 2).upper()}:{hexs(r, 2).upper()}:{hexs(r, 2).upper()}")


def _kiosk_imei(r):
    body = "35" + "".join(str(r.randint(0, 9)) for _ in range(12))
    return (f"MDM enrolment: Lobby check-in tablet\nIMEI {body + luhn_digit(body)}\nandroid_id {hexs(r, 16)}\n"
            f"enrolment profile {uuid4(r)}  policy kiosk-lockdown-v3")


def _digests(r):
    d = sha256hex(rs(r, 30))
    return (f"docker pull ghcr.io/glowbook/booking-api@sha256:{d}\nDigest: sha256:{sha256hex(rs(r, 30))}\n"
            f"commit {hashlib.sha1(rs(r, 20).encode()).hexdigest()}  release 2.14.{r.randint(0, 9)}")


def _lockfile(r):
    raw = hashlib.sha512(rs(r, 40).encode()).digest()
    return ("\"node_modules/react-big-calendar\": {\n  \"version\": \"1.11.6\",\n"
            f"  \"resolved\": \"https://registry.npmjs.org/react-big-calendar/-/react-big-calendar-1.11.6.tgz\",\n"
            f"  \"integrity\": \"sha512-{base64.b64encode(raw).decode()}\"\n}}")


def _masked_log(r):
    return (f"2024-06-12T09:{r.randint(10, 59)}:02Z INFO booking-sync using STRIPE_SECRET_KEY=sk_live_****************{rs(r, 4)}\n"
            f"2024-06-12T09:{r.randint(10, 59)}:03Z INFO twilio auth_token=[REDACTED] account=AC{'*' * 28}{hexs(r, 4)}")


def _masked_card(r):
    return (f"Receipt #{r.randint(10000, 99999)}  VISA •••• {r.randint(1000, 9999)}  auth {rs(r, 6, UPPER_ALNUM)}\n"
            f"API key on file: ••••••••••••{rs(r, 4)} (last rotated 3 Apr)")


def _env_example(r):
    return ("# .env.example — copy to .env and fill in\nSTRIPE_SECRET_KEY=\nTWILIO_AUTH_TOKEN=<your-twilio-auth-token>\n"
            f"MINDBODY_API_KEY=changeme\nPOS_DB_PASSWORD=${{POS_DB_PASSWORD:?set me}}\nBOOKING_REGION=eu-{r.choice(['west', 'central'])}-1")


def _helm_placeholder(r):
    return ("integrations:\n  square:\n    accessToken: \"{{ .Values.square.accessToken }}\"\n"
            "  vagaro:\n    clientSecret: \"\"  # injected by external-secrets\n"
            f"  replicas: {r.randint(1, 4)}")


def _secret_refs(r):
    return (f"POS_DB_PASSWORD=op://Salon-Prod/pos-db-{r.randint(1, 9)}/password\n"
            f"STRIPE_SECRET_KEY=vault:secret/data/booking/stripe#secret_key\n"
            f"TWILIO_AUTH_TOKEN=arn:aws:secretsmanager:eu-west-2:{r.randint(10**11, 10**12 - 1)}:secret:prod/twilio-{rs(r, 6)}")


def _gha_refs(r):
    return ("    env:\n      MINDBODY_API_KEY: ${{ secrets.MINDBODY_API_KEY }}\n"
            f"      GIFT_DB_URL: projects/glowbook-{r.randint(100, 999)}/secrets/gift-db-url/versions/latest\n"
            "      valueFrom:\n        secretKeyRef: { name: booking-secrets, key: webhook-secret }")


def _pbkdf2(r):
    rows = ["id|username|password"]
    for _ in range(2):
        rows.append(f"{r.randint(1, 400)}|{r.choice(NAMES).lower()}|pbkdf2_sha256$720000${rs(r, 22)}${b64_bytes(r, 32)}")
    return "\n".join(rows)


def _scrypt(r):
    return (f"staff_pin_hash: \"$scrypt$ln=17,r=8,p=1${b64_bytes(r, 16, pad=False)}${b64_bytes(r, 32, pad=False)}\"\n"
            f"updated_at: 2024-05-{r.randint(10, 28)}")


def _sops(r):
    return (f"twilio_auth_token: ENC[AES256_GCM,data:{b64_bytes(r, 24)},iv:{b64_bytes(r, 32)},tag:{b64_bytes(r, 16)},type:str]\n"
            f"sops:\n  age:\n    - recipient: age1{rs(r, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}\n  lastmodified: \"2024-06-01T10:00:00Z\"")


def _age_file(r):
    body = b64_bytes(r, 120)
    return ("-----BEGIN AGE ENCRYPTED FILE-----\n" + body[:64] + "\n" + body[64:] + "\n-----END AGE ENCRYPTED FILE-----")


def _policy_talk(r):
    return (f"{r.choice(NAMES)}: reminder — front desk passwords rotate on the 1st, at least 14 characters, "
            "never the salon name. New one is in 1Password, not here.")


def _reset_chat(r):
    return (f"{r.choice(NAMES)}: locked out of the booking back office again 😩\n"
            f"{r.choice(NAMES)}: I've sent you a reset link, pick a new one and don't write it on the sticky note this time")


def _docs_sample(r):
    return ("curl https://api.mindbodyonline.example/public/v6/site/clients \\\n  -H 'Api-Key: YOUR_API_KEY' \\\n"
            f"  -H 'SiteId: -99' -H 'Authorization: Bearer <staff-token>'  # sample site, see docs p.{r.randint(10, 99)}")


def _sdk_readme(r):
    return ("## Quick start\n```js\nconst client = new GlowBook({ apiKey: 'gb_test_xxxxxxxxxxxxxxxxxxxxxxxx' });\n"
            f"```\nReplace the key with your own from Settings → Developers (v{r.randint(1, 4)}.{r.randint(0, 9)}).")


def _colour_formula(r):
    return (f"Client card #{r.randint(1000, 9999)} — formula {r.choice(['7N', '8.3', '6/1', '9V'])} + "
            f"{r.choice(['7.43', '8/34', '6.66'])} 1:1.5 with {r.choice([10, 20, 30])} vol, 35 min\n"
            f"Tube batch {rs(r, 3, UPPER_ALNUM)}{r.randint(100000, 999999)}  exp 2026-0{r.randint(1, 9)}")


def _lot_numbers(r):
    return (f"Patch test log — product Koleston {r.choice(['7/0', '5/4', '10/1'])}, lot {r.randint(10**7, 10**8 - 1)}{rs(r, 2, UPPER_ALNUM)}\n"
            f"SDS ref SDS-{rs(r, 6, UPPER_ALNUM)}  allergy alert test id PT-{r.randint(10**5, 10**6 - 1)}")


def _review_ids(r):
    return (f"review request sent → https://search.google.com/local/writereview?placeid=ChIJ{rs(r, 23, B64URL)}\n"
            f"utm_source=sms&utm_campaign=post_visit_{r.randint(100, 999)}&cid={hexs(r, 12)}\nyelp biz id: {rs(r, 22, B64URL)}")


def _campaign_ids(r):
    return (f"Campaign {r.randint(10**6, 10**7 - 1)} 'Summer glow 20% off' scheduled\n  list_id={hexs(r, 10)}  "
            f"template_id=tpl_{rs(r, 16, LOWER_ALNUM)}\n  tracking pixel https://t.glowbook.example/o/{uuid4(r)}.gif")


def _member_numbers(r):
    body = "7" + "".join(str(r.randint(0, 9)) for _ in range(10))
    return (f"Membership: Spa Gold (monthly)\nmember no. {body + luhn_digit(body)}\nnext billing 2024-07-{r.randint(1, 28):02d}\n"
            f"Stripe customer cus_{rs(r, 14)}  subscription sub_{rs(r, 24)}")


def _loyalty_card(r):
    return (f"Loyalty card scanned at kiosk: barcode {r.randint(10**11, 10**12 - 1)}  tier Silver  points {r.randint(0, 5000)}\n"
            f"kiosk device kiosk-lobby-{hexs(r, 6)}  scanned {r.randint(10, 23)}:{r.randint(10, 59)}")


CLASSES = [
    ("booking_reference_and_appointment_ids", [("booking_confirmation_email", _booking_email), ("appointment_export_csv", _appt_csv)]),
    ("retail_ean13_barcodes_and_lot_codes", [("retail_stock_count_csv", _ean_stock), ("purchase_order_lines", _po_lines)]),
    ("gift_card_serials_with_luhn", [("gift_card_batch_export", _giftcard_batch), ("gift_card_till_receipt", _giftcard_receipt)]),
    ("browser_visible_keys_and_client_ids", [("booking_widget_checkout_script", _publishable), ("stylist_app_public_ids", _oauth_ids)]),
    ("payment_webhook_event_identifiers", [("payments_hook_access_log", _webhook_events), ("square_booking_webhook_body", _square_webhook_body)]),
    ("calendar_event_uids_and_etags", [("appointment_ics_attachment", _ics), ("calendar_sync_http_trace", _etags)]),
    ("card_reader_and_kiosk_hardware_ids", [("card_reader_inventory", _terminal_serials), ("checkin_tablet_mdm_record", _kiosk_imei)]),
    ("image_and_package_integrity_digests", [("booking_api_image_digests", _digests), ("widget_package_lock_integrity", _lockfile)]),
    ("partially_masked_salon_credentials", [("booking_sync_masked_log", _masked_log), ("front_desk_receipt_masks", _masked_card)]),
    ("unfilled_salon_config_templates", [("salon_dotenv_example", _env_example), ("salon_helm_values_template", _helm_placeholder)]),
    ("vault_and_1password_pointers", [("salon_env_secret_pointers", _secret_refs), ("salon_ci_secret_refs", _gha_refs)]),
    ("django_pbkdf2_and_scrypt_hashes", [("staff_accounts_table_dump", _pbkdf2), ("staff_pin_scrypt_hash", _scrypt)]),
    ("sops_and_age_ciphertext", [("sops_encrypted_salon_values", _sops), ("age_armored_client_export", _age_file)]),
    ("salon_team_password_chat_without_value", [("password_rotation_reminder", _policy_talk), ("backoffice_lockout_chat", _reset_chat)]),
    ("booking_api_docs_sample_keys", [("booking_api_docs_curl", _docs_sample), ("booking_sdk_readme_quickstart", _sdk_readme)]),
    ("colour_formula_and_patch_test_lot_codes", [("colour_formula_client_card", _colour_formula), ("patch_test_lot_log", _lot_numbers)]),
    ("review_and_campaign_tracking_ids", [("review_request_tracking_link", _review_ids), ("marketing_campaign_schedule", _campaign_ids)]),
    ("membership_and_loyalty_card_numbers", [("spa_membership_summary", _member_numbers), ("kiosk_loyalty_scan_line", _loyalty_card)]),
]
WRAPPERS = [
    ("", None),
    ("in_salon_dev_linear_issue", lambda t: "Linear GLO-{n} · Bug\nDescription:\n" + t + "\n\nLabels: needs-triage"),
    ("in_front_desk_slack_thread", lambda t: "#front-desk-tech\n> " + t.replace("\n", "\n> ") + "\nreply: thanks, adding this to the sync bug"),
    ("in_booking_vendor_support_email", lambda t: "From: support@vendor.example\nSubject: Re: ticket {n}\n\nHere is what we see on our side:\n\n" + t + "\n\nBest,\nIntegrations team"),
    ("in_spa_ops_confluence_page", lambda t: "Spa Ops / Runbooks / Reference\n\n{code}\n" + t + "\n{code}\nLast updated by Dana"),
    ("in_stylist_app_github_pr_review", lambda t: "review comment on src/config.ts L{n}:\n```\n" + t + "\n```\nnit: can we move this block into the fixtures folder?"),
]


def generate(forbidden):
    """forbidden: set of strings (positive values, plains, runs) that must not appear."""
    rng = random.Random(SEED)
    recs, seen = [], set()
    for cls, kinds in CLASSES:
        for kind, fn in kinds:
            for wname, wrap in WRAPPERS:
                for _ in range(100):
                    t = fn(rng)
                    if wrap:
                        t = wrap(t).replace("{n}", str(rng.randint(100, 9999)))
                    if t not in seen and not any(v in t for v in forbidden):
                        break
                seen.add(t)
                cont = kind if not wname else f"{kind}__{wname}"
                recs.append({"id": "", "class": cls, "container": cont, "text": t, "source": "negative"})
    return recs
