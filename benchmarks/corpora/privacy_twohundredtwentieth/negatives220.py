"""Hard negatives: texts of this world with no secret in them (20 classes x 2 base kinds x 5 presentations)."""
import base64
import hashlib
import json
import random

from common220 import (ALNUM, B64URL, DIGITS, HEXL, HEXU, LALNUM, UALNUM, UPPER, rs, rbytes, uuid4, b64u,
                       bech32_encode, luhn_digit, ean13_digit, uk_vat_make, PW_STRICT_ANY)

SEED = 22006
WRAPPERS = ["in_marshals_discord_thread", "in_venue_jira_ticket", "in_ops_email_forward", "in_karting_forum_post"]
NAMES = ["Okafor", "Nowak", "Patel", "Brennan", "Silva", "Haddad", "Lindqvist", "Moreau", "Kowalski", "Adeyemi"]


def sha1hex(rng):
    return hashlib.sha1(rbytes(rng, 40)).hexdigest()


def sha256hex(rng):
    return hashlib.sha256(rbytes(rng, 40)).hexdigest()


# ---------- base kinds ----------
def transponder_assignment_csv(r):
    rows = ["kart,transponder,decoder,fitted"]
    for k in range(1, 6):
        rows.append("%d,%s,%s,2025-0%d-%02d" % (k + r.randint(0, 20), rs(r, DIGITS, 7), "DEC-" + rs(r, HEXU, 6), r.randint(3, 9), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


def decoder_passings_log(r):
    lines = []
    t = r.randint(60000, 80000)
    for _ in range(5):
        t += r.randint(41000, 58000)
        lines.append("PASSING tx=%s loop=finish t=%d.%03d hits=%d strength=%d" % (rs(r, DIGITS, 7), t // 1000, t % 1000, r.randint(8, 40), r.randint(60, 140)))
    return "\n".join(lines) + "\n"


def heat_result_printout(r):
    out = ["HEAT %d RESULT  (session %s)" % (r.randint(1, 12), rs(r, HEXU, 8)), "Pos  Kart  Driver       Best     Laps"]
    for p in range(1, 6):
        out.append("%-4d %-5d %-12s 0:%02d.%03d %d" % (p, r.randint(1, 30), r.choice(NAMES), r.randint(41, 49), r.randint(0, 999), r.randint(10, 14)))
    return "\n".join(out) + "\n"


def lap_chart_json(r):
    laps = [{"lap": i + 1, "ms": r.randint(41000, 52000), "sector_ms": [r.randint(13000, 17000) for _ in range(3)]} for i in range(4)]
    return json.dumps({"session_id": rs(r, HEXL, 24), "kart": r.randint(1, 30), "laps": laps}, indent=1) + "\n"


def marker_service_ledger_csv(r):
    rows = ["serial,model,service,seals,chrono_fps,tech"]
    for _ in range(4):
        rows.append("%s,%s,%s,%s,%d,%s" % (rs(r, UPPER, 2) + rs(r, DIGITS, 7), r.choice(["Tippmann 98", "Spyder MR6", "Tiberius T9", "Planet Eclipse EMEK"]),
                                             r.choice(["full strip", "o-ring kit", "barrel clean"]), r.choice(["replaced", "ok"]), r.randint(255, 285), r.choice(NAMES)))
    return "\n".join(rows) + "\n"


def marker_warranty_claim_email(r):
    return ("Subject: Warranty claim %s\n\nHi,\nMarker serial %s (bought %s) leaks at the ASA. Purchase ref %s, batch %s.\n"
            "Photos attached.\nThanks, Armoury\n" % (rs(r, UALNUM, 10), rs(r, UPPER, 2) + rs(r, DIGITS, 8), "2024-11-%02d" % r.randint(1, 28),
                                                    "PO-" + rs(r, DIGITS, 6), rs(r, HEXU, 6)))


def cylinder_inspection_log(r):
    out = ["cylinder,stamp,test_date,next_due,result"]
    for _ in range(4):
        y = r.randint(2020, 2024)
        out.append("HPA-%s,%s %s,%d-%02d,%d-%02d,pass" % (rs(r, DIGITS, 5), rs(r, UPPER, 3), rs(r, DIGITS, 6), y, r.randint(1, 12), y + 5, r.randint(1, 12)))
    return "\n".join(out) + "\n"


def hydrotest_certificate_text(r):
    return ("HYDROSTATIC TEST CERTIFICATE No. %s\nCylinder serial: %s  DOT-SP %s 4500 psi\nTest pressure 7500 psi, elastic expansion %d.%d cc\nInspector ID %s\n"
            % (rs(r, DIGITS, 8), rs(r, UALNUM, 10), rs(r, DIGITS, 5), r.randint(10, 60), r.randint(0, 9), rs(r, UPPER, 2) + rs(r, DIGITS, 4)))


def waiver_confirmation_email(r):
    return ("Subject: Waiver received – booking %s\n\nThanks! We've got the waiver for 1 participant (age band 12-15).\nWaiver ID: %s\nBooking: %s\nYou don't need to print anything.\n"
            % (rs(r, UPPER, 3) + rs(r, DIGITS, 6), uuid4(r), rs(r, UPPER, 3) + rs(r, DIGITS, 6)))


def booking_api_response_json(r):
    return json.dumps({"booking_id": uuid4(r), "idempotency_key": uuid4(r), "request_id": uuid4(r),
                       "slot": "2025-07-%02dT1%d:00:00Z" % (r.randint(1, 28), r.randint(0, 8)), "guests": r.randint(6, 20),
                       "status": "confirmed"}, indent=2) + "\n"


def voucher_number(r):
    p = "6034" + rs(r, DIGITS, 11)
    return p + luhn_digit(p)


def voucher_batch_export_csv(r):
    rows = ["voucher_number,value_gbp,issued,redeemed,pin"]
    for _ in range(4):
        rows.append("%s,%d.00,2025-0%d-%02d,yes,****" % (voucher_number(r), r.choice([25, 40, 50, 75]), r.randint(1, 6), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


def voucher_redemption_receipt(r):
    return ("RIDGEWAY KARTING\nGift voucher redeemed\nVoucher no: %s\nPIN: verified (not shown)\nAuth: %s\nBalance: £0.00\n" % (voucher_number(r), rs(r, DIGITS, 6)))


def ean13(r):
    d = "50" + rs(r, DIGITS, 10)
    return d + ean13_digit(d)


def membership_card_print_batch(r):
    rows = ["member_no,tier,card_barcode,expires"]
    for _ in range(4):
        rows.append("M%s,%s,%s,2026-%02d" % (rs(r, DIGITS, 6), r.choice(["rookie", "racer", "pro"]), ean13(r), r.randint(1, 12)))
    return "\n".join(rows) + "\n"


def loyalty_scan_log(r):
    return "\n".join("scan reader=%s ean=%s points=+%d" % ("FD-" + rs(r, DIGITS, 2), ean13(r), r.choice([10, 20, 50])) for _ in range(4)) + "\n"


def supplier_invoice_footer(r):
    return ("Splat Supplies Ltd · Unit %d, Brook Trading Estate\nVAT Reg No: GB %s\nCompany No: %s · Invoice %s\n"
            % (r.randint(1, 40), uk_vat_make(r), rs(r, DIGITS, 8), "INV-" + rs(r, DIGITS, 6)))


def companies_register_lookup_json(r):
    return json.dumps({"company_number": rs(r, DIGITS, 8), "vat_number": "GB" + uk_vat_make(r), "name": "PHOTON QUEST LASER GAMES LTD",
                       "sic_codes": ["93290"], "status": "active"}, indent=2) + "\n"


def rdm_uid(r):
    return rs(r, HEXU, 4) + ":" + rs(r, HEXU, 8)


def rdm_discovery_dump(r):
    return "\n".join("RDM UID %s  model 0x%s  footprint %d  start %d" % (rdm_uid(r), rs(r, HEXU, 4), r.choice([7, 9, 12, 16]), r.randint(1, 480)) for _ in range(4)) + "\n"


def lighting_patch_sheet_csv(r):
    rows = ["fixture,universe,address,rdm_uid,mode"]
    for k in range(4):
        rows.append("%s %d,%d,%d,%s,%dch" % (r.choice(["Wash", "Strobe", "UV bar", "Beam"]), k + 1, r.randint(1, 4), r.randint(1, 500), rdm_uid(r), r.choice([8, 12, 16])))
    return "\n".join(rows) + "\n"


def mac(r):
    return ":".join(rs(r, HEXL, 2) for _ in range(6))


def arena_device_inventory_yaml(r):
    out = ["devices:"]
    for k in range(3):
        out += ["  - name: vest-base-%d" % (k + 1), "    mac: %s" % mac(r), "    serial: %s" % ("PQ" + rs(r, UALNUM, 12)), "    firmware: 3.%d.%d" % (r.randint(0, 9), r.randint(0, 20))]
    return "\n".join(out) + "\n"


def dhcp_lease_table(r):
    return "\n".join("%d %s 10.20.0.%d scorebox-%d %s" % (1718000000 + r.randint(0, 99999), mac(r), r.randint(10, 250), r.randint(1, 9), "01:" + mac(r)) for _ in range(4)) + "\n"


def booking_checkout_html(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe("pk_live_51%s");</script>\n'
            '<div class="cf-turnstile" data-sitekey="0x4AAAAAAA%s"></div>\n' % (rs(r, ALNUM, 97), rs(r, B64URL, 14)))


def waiver_form_widget_js(r):
    return ("window.widgetConfig = {\n  hcaptchaSiteKey: '%s',\n  recaptchaSiteKey: '6L%s',\n  mapsBrowserKey: 'AIza%s', // referrer-restricted\n};\n"
            % (uuid4(r), rs(r, B64URL, 38), rs(r, B64URL, 35)))


def env_sample_file(r):
    return ("# .env.sample – copy to .env and fill in\nSESSION_BOOKING_ADMIN_PASSWORD=\nTIMING_DECODER_API_KEY=tdk_<your-key-here>\nPARTY_WEBHOOK_SECRET=pbw_xxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
            "ARENA_AGE_SECRET_KEY=AGE-SECRET-KEY-1XXXXXXXX…\nVOUCHER_SIGNING_KEY=${VOUCHER_SIGNING_KEY:?set me}\nPIT_WIFI_PSK=changeme\n")


def contributor_setup_guide_md(r):
    return ("## Local setup\n\n1. Ask the venue manager for the `LAP_TIMING_DB_PASSWORD` – never commit it.\n2. Put `SCORING_CONTROLLER_JWT=<paste-token-here>` in `.env`.\n"
            "3. The example token `eyJhbGciOi...` in the docs is truncated and will not work.\n")


def booking_api_request_log(r):
    return ("%s POST /api/v2/bookings 201 auth=Bearer [REDACTED] key=tdk_****%s ip=10.20.0.%d\n%s GET /api/v2/slots 200 auth=*** ip=10.20.0.%d\n"
            % ("2025-06-%02dT18:%02d:11Z" % (r.randint(1, 28), r.randint(0, 59)), rs(r, HEXL, 4), r.randint(2, 250), "2025-06-%02dT18:%02d:12Z" % (r.randint(1, 28), r.randint(0, 59)), r.randint(2, 250)))


def ci_job_masked_output(r):
    return ("$ ./deploy.sh --env production\nUsing PARTY_WEBHOOK_SECRET=[MASKED]\nUsing GIFT_VOUCHER_SIGNING_KEY=••••••••••\nJob %s succeeded\n" % rs(r, DIGITS, 9))


def doppler_and_vault_refs_yaml(r):
    return ("env:\n  LAP_TIMING_DB_PASSWORD: ${{ doppler.LAP_TIMING_DB_PASSWORD }}\n  TIMING_DECODER_API_KEY: vault:secret/data/venue/timing#decoder_key\n"
            "  VOUCHER_SIGNING_KEY: op://Venue/voucher-signing/credential\n  PIT_WIFI_PSK: arn:aws:secretsmanager:eu-west-2:%s:secret:venue/pit-wifi-%s\n" % (rs(r, DIGITS, 12), rs(r, ALNUM, 6)))


def external_secrets_manifest(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: arena-scoring\nspec:\n  secretStoreRef:\n    name: gcp-sm\n"
            "  data:\n    - secretKey: SCORING_CONTROLLER_JWT\n      remoteRef:\n        key: projects/%s/secrets/scoring-jwt/versions/latest\n" % rs(r, DIGITS, 12))


def django_hash(r):
    return "pbkdf2_sha256$870000$%s$%s" % (rs(r, ALNUM, 22), base64.b64encode(rbytes(r, 32)).decode())


def scrypt_hash(r):
    return "scrypt:32768:8:1$%s$%s" % (rs(r, ALNUM, 16), rbytes(r, 64).hex())


def auth_user_table_dump(r):
    rows = ["COPY auth_user (id, username, password, is_staff) FROM stdin;"]
    for k in range(3):
        rows.append("%d\t%s\t%s\tt" % (k + 1, r.choice(["pitdesk", "marshal_lead", "frontdesk", "armourer"]), django_hash(r)))
    return "\n".join(rows) + "\n\\.\n"


def staff_accounts_fixture_json(r):
    return json.dumps([{"login": n, "password_hash": scrypt_hash(r)} for n in ("scorekeeper", "party_host")], indent=1) + "\n"


def age_recipient(r):
    return bech32_encode("age", rbytes(r, 32))


def age_armored_backup_note(r):
    body = base64.b64encode(b"age-encryption.org/v1\n-> X25519 " + rbytes(r, 90)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "Scores backup (encrypted to the arena recipient):\n-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(lines) + "\n-----END AGE ENCRYPTED FILE-----\n"


def age_recipients_txt(r):
    return "# recipients.txt – public keys, safe to share\n# arena backup box\n%s\n# venue manager laptop\n%s\n" % (age_recipient(r), age_recipient(r))


def marshal_onboarding_handbook(r):
    return ("Section 6 – Accounts. Every marshal gets their own tablet login; never share it and never write it on the pit wall. "
            "Passwords must be at least 12 characters and are changed after each season. If you think someone has seen yours, tell race control.\n")


def password_reset_reminder_email(r):
    return ("Subject: Reminder – reset your booking-system password\n\nHi all, the booking system will ask for a new password on %s. "
            "Pick something long, don't reuse your home one, and don't send it to anyone – not even me.\nThanks, Venue Manager\n" % ("2025-0%d-%02d" % (r.randint(1, 9), r.randint(1, 28))))


def deploy_changelog(r):
    return "\n".join("%s %s" % (sha1hex(r)[:r.choice([7, 40])], r.choice(["fix lap board flicker", "bump waiver form", "league table sort", "add party upsell"])) for _ in range(4)) + "\n"


def container_image_manifest(r):
    return ("image: registry.ridgewaykarting.lan/lapboard@sha256:%s\nconfig digest: sha256:%s\nlayers: 7\n" % (sha256hex(r), sha256hex(r)))


def stripe_webhook_delivery_log(r):
    return ("POST /hooks/stripe 200\nStripe-Signature: t=%d,v1=%s\nevent=checkout.session.completed id=evt_%s\n" % (1718000000 + r.randint(0, 999999), sha256hex(r), rs(r, ALNUM, 24)))


def booking_webhook_debug_dump(r):
    return ("> X-Booking-Signature: sha256=%s\n> X-Booking-Delivery: %s\n< 204 No Content\n" % (sha256hex(r), uuid4(r)))


def jwks_json_endpoint(r):
    return json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, HEXL, 16), "e": "AQAB", "n": b64u(b"\xc1" + rbytes(r, 255))}]}, indent=1) + "\n"


def oidc_discovery_notes(r):
    return ("Scoring app verifies tokens against https://scores.photonquest-lasertag.example/.well-known/jwks.json\nkid %s, x5t#S256 %s\nThese are public keys – fine to paste here.\n"
            % (rs(r, HEXL, 16), b64u(hashlib.sha256(rbytes(r, 32)).digest())))


CLASSES = [
    ("kart_transponder_and_decoder_ids", "7-digit transponder numbers, decoder ids, passing lines", [transponder_assignment_csv, decoder_passings_log]),
    ("heat_result_and_lap_chart_rows", "heat results, lap times in ms, 24-hex session ids", [heat_result_printout, lap_chart_json]),
    ("paintball_marker_serial_numbers", "marker serials, purchase refs, chrono fps", [marker_service_ledger_csv, marker_warranty_claim_email]),
    ("air_cylinder_hydrotest_stamps", "HPA cylinder stamps, test dates, certificate numbers", [cylinder_inspection_log, hydrotest_certificate_text]),
    ("waiver_and_booking_reference_ids", "waiver, booking, request and idempotency UUIDv4s and refs", [waiver_confirmation_email, booking_api_response_json]),
    ("gift_voucher_numbers_with_luhn_digits", "16-digit voucher numbers with real Luhn digits, PIN masked", [voucher_batch_export_csv, voucher_redemption_receipt]),
    ("membership_card_ean13_barcodes", "membership card EAN-13s with real GS1 check digits", [membership_card_print_batch, loyalty_scan_log]),
    ("uk_vat_registration_numbers", "UK VAT numbers with real mod-97 check digits, company numbers", [supplier_invoice_footer, companies_register_lookup_json]),
    ("dmx_rdm_device_uids", "RDM UIDs (manufacturer:device hex) and DMX patch data", [rdm_discovery_dump, lighting_patch_sheet_csv]),
    ("arena_device_macs_and_serials", "MAC addresses, DHCP client ids, device serials", [arena_device_inventory_yaml, dhcp_lease_table]),
    ("checkout_and_captcha_site_keys", "Stripe `pk_live_`, Turnstile and reCAPTCHA site keys, hCaptcha site key, browser Maps key", [booking_checkout_html, waiver_form_widget_js]),
    ("dotenv_sample_placeholders", "`.env.sample` and setup-guide placeholders with the real everyday key names", [env_sample_file, contributor_setup_guide_md]),
    ("masked_values_in_venue_logs", "`[REDACTED]`, `tdk_****` + 4 hex, `***`, `[MASKED]`, bullets", [booking_api_request_log, ci_job_masked_output]),
    ("secret_manager_lookup_strings", "Doppler, Vault, `op://`, Secrets Manager ARN and GCP secret paths", [doppler_and_vault_refs_yaml, external_secrets_manifest]),
    ("django_pbkdf2_and_werkzeug_scrypt_hashes", "Django `pbkdf2_sha256$` and Werkzeug `scrypt:` hashes (random in frame)", [auth_user_table_dump, staff_accounts_fixture_json]),
    ("age_encrypted_files_and_recipients", "age armoured ciphertext and public `age1…` recipients with real Bech32 checksums", [age_armored_backup_note, age_recipients_txt]),
    ("venue_password_policy_prose", "handbook and reminder prose about passwords with no password", [marshal_onboarding_handbook, password_reset_reminder_email]),
    ("git_commit_and_image_digests", "git commit SHA-1s and OCI `sha256:` digests (real digests of random bytes)", [deploy_changelog, container_image_manifest]),
    ("webhook_delivery_signature_headers", "`Stripe-Signature` and `X-Booking-Signature` HMAC outputs (not keys)", [stripe_webhook_delivery_log, booking_webhook_debug_dump]),
    ("jwks_public_key_documents", "JWKS RSA public keys, key ids and thumbprints", [jwks_json_endpoint, oidc_discovery_notes]),
]


def wrap(w, text, r):
    if w == "in_marshals_discord_thread":
        return "[20:1%d] arena_ops: pasting this so we can compare\n```\n%s```\n[20:1%d] marshal_lead: looks fine, nothing secret in there\n" % (r.randint(0, 9), text, r.randint(0, 9))
    if w == "in_venue_jira_ticket":
        return "VEN-%d  Check before go-live\nDescription:\n{noformat}\n%s{noformat}\n" % (r.randint(400, 999), text)
    if w == "in_ops_email_forward":
        return "---------- Forwarded message ---------\nFrom: venue ops\nSubject: FYI\n\n" + "\n".join("> " + l for l in text.rstrip("\n").split("\n")) + "\n"
    if w == "in_karting_forum_post":
        return "Re: how do you lay this out?\nHere's ours, for what it's worth:\n[code]\n%s[/code]\n" % text
    raise KeyError(w)


def records(prefix, reg):
    rng = random.Random(SEED)
    recs = []
    n = 1
    seen = set()
    for cname, _desc, kinds in CLASSES:
        for kind in kinds:
            for w in [None] + WRAPPERS:
                for _ in range(200):
                    text = kind(rng)
                    if w:
                        text = wrap(w, text, rng)
                    if text in seen:
                        continue
                    if PW_STRICT_ANY.search(text):
                        continue
                    if any(len(s) >= 6 and s in text for s in reg.items) or any(h in text for h in reg.hidden):
                        continue
                    break
                else:
                    raise RuntimeError("negative could not be drawn: " + kind.__name__)
                seen.add(text)
                recs.append({"id": "%s-n-%04d" % (prefix, n), "class": cname,
                             "container": kind.__name__ + ("__" + w if w else ""), "text": text, "source": "negative"})
                n += 1
    return recs
