"""Hard negatives from the tattoo / piercing world: texts with NO secret that look like they might."""
import base64
import hashlib
import hmac
import json
import random
import string

from common168 import (ALNUM, ARTISTS, HEX, STUDIOS, UPPER_ALNUM, b64, bech32_encode,
                       gs1_check, rbytes, rhex, rs, uuid4)

SEED = 16806
D = string.digits


def _date(r):
    return "2025-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def _sha(r):
    return hashlib.sha256(rs(r, 20).encode()).hexdigest()


def _md5(r):
    return hashlib.md5(rs(r, 20).encode()).hexdigest()


def _gtin14(r):
    body = str(r.randint(1, 8)) + "0" + rs(r, 11, D)
    return body + gs1_check(body)


def _ean13(r):
    body = "2" + rs(r, 11, D)
    return body + gs1_check(body)


# ---------------------------------------------------------------- base kinds
def ink_shelf_inventory_csv(r):
    inks = ["Dynamic Triple Black", "Eternal Lining Black", "World Famous Lemon Drop",
            "Intenze Zuper Black", "Solid Ink Opaque Grey", "Fusion Bright Red"]
    rows = ["brand_colour,size_oz,lot,expiry,opened"]
    for _ in range(r.randint(3, 5)):
        rows.append("%s,%d,%s-%s,%d-%02d,%s" % (r.choice(inks), r.choice([1, 2, 4, 8]),
                    rs(r, 2, string.ascii_uppercase), rs(r, 6, D), r.randint(2026, 2028),
                    r.randint(1, 12), _date(r)))
    return "\n".join(rows) + "\n"


def ink_lot_recall_notice(r):
    return ("RECALL NOTICE — pigment lot %s-%s (bottle code %s), expiry %d-%02d.\n"
            "Check your shelf and log the lot number in the ink tracker; lots ending %s are not affected.\n"
            % (rs(r, 3, string.ascii_uppercase), rs(r, 5, D), rs(r, 10, UPPER_ALNUM),
               r.randint(2026, 2028), r.randint(1, 12), rs(r, 2, D)))


def cartridge_box_label_scan(r):
    return ("(01)%s(10)%s(17)%s\nCartridge 12%02dRL 0.35mm — sterile EO, batch %s, qty 20\n"
            % (_gtin14(r), "B" + rs(r, 7, D), "%02d%02d%02d" % (r.randint(26, 29), r.randint(1, 12), r.randint(1, 28)),
               r.choice([3, 5, 7, 9, 11, 14]), rs(r, 8, UPPER_ALNUM)))


def needle_batch_receiving_log(r):
    lines = ["received | gtin | batch | count | signed"]
    for _ in range(r.randint(3, 4)):
        lines.append("%s | %s | %s | %d | %s" % (_date(r), _gtin14(r), rs(r, 9, UPPER_ALNUM),
                     r.choice([20, 50, 100]), r.choice(ARTISTS)))
    return "\n".join(lines) + "\n"


def autoclave_printer_tape_ocr(r):
    return ("[OCR autoclave printout]\nSTATIM 2000 G4  SN %s-%s\nCYCLE #%05d  UNWRAPPED\nSTER TEMP 134.%dC  HOLD 3:30\nPRESS %d kPa\nCYCLE COMPLETE  ID %s\n"
            % (rs(r, 4, D), rs(r, 4, D), r.randint(1000, 99999), r.randint(0, 9), r.randint(206, 216), rs(r, 12, HEX).upper()))


def spore_test_lab_report_rows(r):
    rows = ["test_date,sterilizer_serial,bi_lot,strip_id,result"]
    for _ in range(3):
        rows.append("%s,%s,%s,%s,NEGATIVE" % (_date(r), rs(r, 10, UPPER_ALNUM), rs(r, 7, D), rs(r, 12, UPPER_ALNUM)))
    return "\n".join(rows) + "\n"


def health_dept_renewal_receipt(r):
    return ("County Environmental Health — Body Art Facility Licence\nLicence no. BAF-%d-%05d   Receipt %s\nPractitioner permits: BAP-%05d, BAP-%05d\nAmount paid: $%d.00   Confirmation %s\n"
            % (r.randint(2024, 2026), r.randint(100, 99999), rs(r, 12, UPPER_ALNUM), r.randint(1, 99999),
               r.randint(1, 99999), r.choice([150, 275, 310]), rs(r, 16, UPPER_ALNUM)))


def practitioner_licence_roster(r):
    rows = ["artist,licence_no,bloodborne_cert,expires"]
    for a in r.sample(ARTISTS, 3):
        rows.append("%s,BAP-%s-%s,BBP-%s,%s" % (a, rs(r, 2, D), rs(r, 6, D), rs(r, 8, UPPER_ALNUM), _date(r)))
    return "\n".join(rows) + "\n"


def deposit_payment_intent_log(r):
    return ("%sT%02d:%02d:11Z deposit.captured booking=BK-%s payment_intent=pi_%s charge=ch_%s amount=%d currency=eur\n"
            "%sT%02d:%02d:12Z square.payment payment_id=%s order_id=%s location=L%s\n"
            % (_date(r), r.randint(8, 20), r.randint(0, 59), rs(r, 8, UPPER_ALNUM), rs(r, 24), rs(r, 24),
               r.choice([5000, 7500, 10000]), _date(r), r.randint(8, 20), r.randint(0, 59), rs(r, 30), rs(r, 28), rs(r, 12, UPPER_ALNUM)))


def booking_export_csv(r):
    rows = ["booking_ref,artist,client_id,slot,deposit_ref,status"]
    for _ in range(3):
        rows.append("BK-%s,%s,%s,%s %02d:00,DEP-%s,confirmed" % (rs(r, 8, UPPER_ALNUM), r.choice(ARTISTS), uuid4(r), _date(r), r.randint(10, 18), rs(r, 10, UPPER_ALNUM)))
    return "\n".join(rows) + "\n"


def gift_card_ledger_rows(r):
    rows = ["serial,masked_number,issued,balance_cents"]
    for _ in range(3):
        rows.append("GC-%s-%s,**** **** **** %s,%s,%d" % (rs(r, 4, D), rs(r, 4, D), rs(r, 4, D), _date(r), r.choice([2500, 5000, 10000, 15000])))
    return "\n".join(rows) + "\n"


def gift_card_receipt_footer(r):
    return ("%s\nGift card sold   $%d.00\nCard ending %s   Serial GC-%s\nRedeem code is printed on the physical card only.\nTXN %s  TILL 0%d\n"
            % (r.choice(STUDIOS), r.choice([50, 100, 150]), rs(r, 4, D), rs(r, 8, D), rs(r, 14, UPPER_ALNUM), r.randint(1, 4)))


def docusign_envelope_status_json(r):
    return json.dumps({"envelopeId": uuid4(r), "status": "completed", "emailSubject": "Tattoo consent & release",
                       "documentsCombinedUri": "/envelopes/%s/documents/combined" % uuid4(r),
                       "certificateUri": "/envelopes/certificate", "completedDateTime": _date(r) + "T14:02:11Z"}, indent=2) + "\n"


def id_scan_audit_rows(r):
    rows = ["scan_id,client_id,doc_type,number_masked,dob_checked,sha256"]
    for _ in range(2):
        rows.append("%s,%s,drivers_licence,%s***%s,over_18,%s" % (uuid4(r), rs(r, 10, D), rs(r, 1, string.ascii_uppercase), rs(r, 3, D), _sha(r)))
    return "\n".join(rows) + "\n"


def portfolio_upload_manifest(r):
    items = []
    for _ in range(3):
        items.append({"file": "flash/%s_%d.jpg" % (r.choice(["koi", "dagger", "peony", "swallow"]), r.randint(1, 40)),
                      "sha256": _sha(r), "etag": '"%s"' % _md5(r), "bytes": r.randint(200000, 4000000)})
    return json.dumps({"album": "portfolio-2025", "items": items}, indent=1) + "\n"


def instagram_media_sync_log(r):
    return "".join("sync ok media_id=%s shortcode=%s permalink=https://www.instagram.com/p/%s/\n"
                   % (rs(r, 17, D), s, s) for s in [rs(r, 11, ALNUM + "_-") for _ in range(3)])


def convention_ticket_scan_log(r):
    return "".join("%s gate=%s ticket=%s order=INKFEST-%s type=%s OK\n"
                   % (_date(r), r.choice("ABC"), _ean13(r), rs(r, 6, D), r.choice(["day", "weekend", "artist"])) for _ in range(3))


def booth_assignment_sheet(r):
    rows = ["booth,studio,exhibitor_id,power,badge_qr"]
    for _ in range(3):
        rows.append("%s-%02d,%s,EXH-%s,%s,INKFEST25|EXH|%s" % (r.choice("ABCD"), r.randint(1, 40), r.choice(STUDIOS), rs(r, 5, D), r.choice(["16A", "none"]), rs(r, 6, D)))
    return "\n".join(rows) + "\n"


def deposit_widget_publishable_keys(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  const payments = Square.payments('sq0idp-%s', 'L%s');\n</script>\n"
            % (rs(r, 97), rs(r, 22, ALNUM + "-_"), rs(r, 12, UPPER_ALNUM)))


def analytics_snippet_project_keys(r):
    return ("posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' })\n"
            "// Sentry browser DSN (public by design)\nSentry.init({ dsn: 'https://%s@o%s.ingest.sentry.io/%s' })\n"
            % (rs(r, 43), rhex(r, 32), rs(r, 6, D), rs(r, 7, D)))


def pos_integration_settings_masked(r):
    return ("Integrations › Square\nAccess token: EAAA••••••••••••••••••%s\nWebhook signature key: ********\nLocation: L%s (Main studio)\nStatus: connected\n"
            % (rs(r, 4), rs(r, 12, UPPER_ALNUM)))


def support_bundle_redacted_env(r):
    return ("BOOKING_DB_HOST=db.internal\nBOOKING_DB_PASSWORD=[REDACTED]\nSQUARE_ACCESS_TOKEN=<redacted len=64>\nDEPOSIT_WEBHOOK_SECRET=***\nSENDGRID_API_KEY=SG.****%s\nBUILD=%s\n"
            % (rs(r, 3), rhex(r, 12)))


def studio_env_sample_file(r):
    return ("# .env.example — copy to .env and fill in\nSQUARE_ACCESS_TOKEN=your-square-access-token\nDEPOSIT_WEBHOOK_SECRET=\nAFTERCARE_SMS_API_KEY=changeme\nBOOKING_DB_PASSWORD=<set-me>\nPORTFOLIO_SIGNING_KEY=${PORTFOLIO_SIGNING_KEY:?missing}\n# build %s\n"
            % rhex(r, 8))


def vendor_docs_curl_placeholder(r):
    return ("curl https://api.booking-vendor.example/v2/appointments \\\n  -H \"Authorization: Bearer YOUR_API_TOKEN\" \\\n  -H \"X-Studio-Id: %s\"\n# replace YOUR_API_TOKEN with the key from Settings › API (sk_live_xxxxxxxxxxxxxxxx)\n"
            % rs(r, 8, D))


def doppler_and_onepassword_refs(r):
    return ("SQUARE_ACCESS_TOKEN=op://Studio/Square %s/credential\nDEPOSIT_WEBHOOK_SECRET=op://Studio/Deposits/signing-secret\n# or: doppler secrets get AFTERCARE_SMS_API_KEY --plain --config prd_%s\n"
            % (rs(r, 3, D), rs(r, 3, string.ascii_lowercase)))


def cloud_secret_arn_refs(r):
    return ("environment:\n  - name: BOOKING_DB_PASSWORD\n    valueFrom: arn:aws:secretsmanager:eu-west-1:%s:secret:studio/booking-db-%s\n"
            "  - name: SQUARE_TOKEN\n    valueFrom: projects/inkstudio-%s/secrets/square-token/versions/latest\n"
            % (rs(r, 12, D), rs(r, 6), rs(r, 4, D)))


def age_armored_backup_blob(r):
    body = b64(b"age-encryption.org/v1\n-> X25519 " + base64.b64encode(rbytes(r, 32)).rstrip(b"=") + b"\n" + rbytes(r, 120))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "consent-archive-%s.tar.age\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % (_date(r), "\n".join(lines))


def pgp_message_block(r):
    body = b64(b"\x85\x02\x0c\x03" + rbytes(r, 150))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n" % ("\n".join(lines), rs(r, 4))


_BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def booking_users_table_dump(r):
    rows = ["id | email | password_hash"]
    for a in r.sample(ARTISTS, 3):
        rows.append("%d | %s@studio.example | $2b$12$%s" % (r.randint(1, 300), a, rs(r, 53, _BCRYPT)))
    return "\n".join(rows) + "\n"


def pos_staff_pin_hash_rows(r):
    rows = []
    for a in r.sample(ARTISTS, 2):
        salt = base64.b64encode(rbytes(r, 16)).decode().rstrip("=")
        h = base64.b64encode(rbytes(r, 32)).decode().rstrip("=")
        rows.append("%s:$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (a, salt, h))
    return "# pos staff PIN hashes (argon2id)\n" + "\n".join(rows) + "\n"


def studio_handbook_security_paragraph(r):
    return ("Studio handbook §%d — Devices. The front-desk tablet and the POS use separate passwords of at least 14 characters. "
            "Never write a password on aftercare cards, sticky notes or the flash wall; the owner rotates them every %d days and tells "
            "new artists in person. Guest artists get their own login for the booking app.\n" % (r.randint(4, 12), r.choice([60, 90])))


def front_desk_reset_chat(r):
    a, b = r.sample(ARTISTS, 2)
    return ("%s: the consent tablet locked me out again\n%s: I reset it this morning, new password is in the safe envelope, not sending it here\n"
            "%s: ok, password reset link expired too — ticket #%d\n" % (a, b, a, r.randint(1000, 9999)))


def square_webhook_delivery_headers(r):
    body = json.dumps({"merchant_id": rs(r, 13, UPPER_ALNUM), "type": "payment.updated", "event_id": uuid4(r)}, separators=(",", ":"))
    url = "https://book.studio.example/hooks/square"
    sig = base64.b64encode(hmac.new(rbytes(r, 32), (url + body).encode(), hashlib.sha256).digest()).decode()
    return ("POST /hooks/square HTTP/1.1\nx-square-hmacsha256-signature: %s\nsquare-environment: Production\n\n%s\n" % (sig, body))


def api_request_id_log(r):
    return "".join("%s INFO booking-api request_id=%s trace=%s span=%s status=200\n"
                   % (_date(r), uuid4(r), rhex(r, 32), rhex(r, 16)) for _ in range(3))


def authorized_keys_for_studio_server(r):
    out = []
    for a in r.sample(ARTISTS, 2):
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)
        out.append("ssh-ed25519 %s %s@studio-laptop" % (b64(blob), a))
    return "# ~/.ssh/authorized_keys on the booking server (public keys)\n" + "\n".join(out) + "\n"


def sops_age_recipients_config(r):
    recips = [bech32_encode("age", rbytes(r, 32)) for _ in range(2)]
    return "# .sops.yaml — public age recipients only\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: >-\n      %s,\n      %s\n" % tuple(recips)


CLASSES = [
    ("ink_bottle_lot_and_expiry_labels", [ink_shelf_inventory_csv, ink_lot_recall_notice]),
    ("needle_cartridge_gtin_and_batch_codes", [cartridge_box_label_scan, needle_batch_receiving_log]),
    ("autoclave_cycle_and_spore_test_records", [autoclave_printer_tape_ocr, spore_test_lab_report_rows]),
    ("body_art_licence_and_permit_numbers", [health_dept_renewal_receipt, practitioner_licence_roster]),
    ("booking_and_payment_object_ids", [deposit_payment_intent_log, booking_export_csv]),
    ("gift_card_serials_and_masked_numbers", [gift_card_ledger_rows, gift_card_receipt_footer]),
    ("consent_envelope_and_id_scan_references", [docusign_envelope_status_json, id_scan_audit_rows]),
    ("portfolio_image_digests_and_media_ids", [portfolio_upload_manifest, instagram_media_sync_log]),
    ("convention_ticket_and_booth_codes", [convention_ticket_scan_log, booth_assignment_sheet]),
    ("client_side_keys_in_booking_widgets", [deposit_widget_publishable_keys, analytics_snippet_project_keys]),
    ("masked_secrets_in_pos_screens_and_bundles", [pos_integration_settings_masked, support_bundle_redacted_env]),
    ("template_placeholders_in_studio_setup", [studio_env_sample_file, vendor_docs_curl_placeholder]),
    ("secret_manager_references_in_studio_deploys", [doppler_and_onepassword_refs, cloud_secret_arn_refs]),
    ("age_and_pgp_armored_ciphertext", [age_armored_backup_blob, pgp_message_block]),
    ("bcrypt_and_argon2_stored_hashes", [booking_users_table_dump, pos_staff_pin_hash_rows]),
    ("studio_talk_about_passwords_without_one", [studio_handbook_security_paragraph, front_desk_reset_chat]),
    ("webhook_signature_outputs_and_request_ids", [square_webhook_delivery_headers, api_request_id_log]),
    ("public_ssh_keys_and_age_recipients", [authorized_keys_for_studio_server, sops_age_recipients_config]),
]

WRAPPERS = [
    None,
    ("in_studio_slack_thread", "#studio-ops thread — {a}: can someone sanity-check this?\n```\n{t}```\n{b}: looks fine, nothing secret in there\n"),
    ("in_front_desk_zendesk_ticket", "Ticket #{n} — front desk\nCustomer pasted:\n---\n{t}---\nAgent note: no credentials in the paste.\n"),
    ("in_studio_notion_page", "# Studio wiki › Reference\n_Last edited by {a}_\n\n{t}\n> Keep this page up to date.\n"),
    ("in_owner_gmail_thread", "From: {a}@studio.example\nTo: owner@studio.example\nSubject: FYI\n\nSee below.\n\n{t}\nCheers, {a}\n"),
    ("in_booking_repo_pr_review", "Review comment on fixtures/sample.txt (PR #{n}):\n> {first}\nThis fixture is fine to commit.\n\n{t}"),
]


def generate(forbidden_values):
    rng = random.Random(SEED)
    out = []
    seen = set()
    for cls, kinds in CLASSES:
        for fn in kinds:
            for w in WRAPPERS:
                for _ in range(50):
                    t = fn(rng)
                    if w is None:
                        text, container = t, fn.__name__
                    else:
                        a, b = rng.sample(ARTISTS, 2)
                        text = w[1].format(t=t, a=a, b=b, n=rng.randint(100, 9999), first=t.splitlines()[0])
                        container = fn.__name__ + "__" + w[0]
                    if text in seen or any(v in text for v in forbidden_values):
                        continue
                    break
                else:
                    raise RuntimeError("negative could not be drawn clean")
                seen.add(text)
                out.append({"class": cls, "container": container, "text": text})
    return out
