"""Hard negatives from the language-school / tutoring / exam-centre world (no secret in any text)."""
import base64
import hashlib
import json
import random
import struct

from common214 import (ALNUM, LALNUM, UALNUM, HEX, DIGITS, UPPER, B64U, CROCKFORD, pick, uuid4, rbytes,
                       b64u_nopad, iban_make, mod11_2_check, luhn_digit)

SEED = 21406
WRAPPERS = ["in_staffroom_slack_thread", "in_school_gitea_issue", "in_exam_board_email", "in_tutor_wiki_page"]
NAMES = ["Aisha", "Tom", "Marta", "Kenji", "Priya", "David", "Hannah", "Luis", "Omar", "Mira"]


def ean13(rng, prefix="978"):
    body = prefix + pick(rng, DIGITS, 12 - len(prefix))
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def ulid(rng):
    ts = 1767225600000 + rng.randint(0, 10 ** 9)
    n = (ts << 80) | rng.getrandbits(80)
    return "".join(CROCKFORD[(n >> (5 * (25 - i))) & 31] for i in range(26))


def cert_no(rng):
    d = pick(rng, DIGITS, 15)
    return "LH-" + d + mod11_2_check(d)


def iban(rng):
    return iban_make("GB", "LHSB" + pick(rng, DIGITS, 6) + pick(rng, DIGITS, 8))


def sha256_hex(rng):
    return hashlib.sha256(rbytes(rng, 64)).hexdigest()


def ssh_ed25519(rng):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(rng, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def mapbox_pk(rng):
    mid = b64u_nopad(json.dumps({"u": "linguahub", "a": pick(rng, LALNUM, 25)}, separators=(",", ":")).encode())
    return "pk." + mid + "." + pick(rng, B64U, 22)


# ---------- base kinds: each returns a text ----------
def k_candidate_entry(rng):
    c = "GB%03d" % rng.randint(100, 999)
    return ("Entry confirmation - Cambridge English B2 First, session 2026-S1\nCentre: %s  Candidate number: %04d\n"
            "Candidate ID: %s%07d  Written papers: 13 June 2026, Room Exam Hall\nSpeaking: 10 June 2026 14:20 (pair %d)\n"
            % (c, rng.randint(1, 9999), c[2:], rng.randint(10 ** 6, 10 ** 7 - 1), rng.randint(1, 40)))


def k_centre_timetable(rng):
    rows = ["session,centre,paper,date,start,room"]
    for _ in range(4):
        rows.append("2026-S1,GB%03d,%s,2026-06-%02d,%02d:%s,%s" % (rng.randint(100, 999), rng.choice(["RW", "LIS", "SPK", "UoE"]),
                    rng.randint(1, 28), rng.randint(8, 15), rng.choice(["00", "30"]), rng.choice(["Hall", "2A", "4B"])))
    return "\n".join(rows) + "\n"


def k_cert_verify(rng):
    return ("<form action=\"/verify\" method=\"get\">\n  <label>Certificate number</label>\n  <input name=\"cert\" value=\"%s\">\n"
            "</form>\n<p>Result: certificate %s is valid (CEFR C1, issued 2025-12-12).</p>\n" % (cert_no(rng), cert_no(rng)))


def k_results_footer(rng):
    return ("Statement of results - candidate %04d\nOverall: 176 (C1)  Reading 181  Writing 170\n"
            "Verify at verify.linguahub.example with certificate number %s (ISO 7064 check character at the end).\n"
            % (rng.randint(1, 9999), cert_no(rng)))


def k_refund_form(rng):
    return ("Fee refund request - summer school 2026\nStudent: S2026-%04d\nAmount: GBP %d.00\nIBAN: %s\nBIC: LHSBGB2L\nReason: visa refused\n"
            % (rng.randint(1, 9999), rng.randint(200, 2400), iban(rng)))


def k_refund_batch(rng):
    rows = ["batch,student,iban,amount_gbp"]
    for _ in range(3):
        rows.append("RF-2026-%03d,S2026-%04d,%s,%d.00" % (rng.randint(1, 999), rng.randint(1, 9999), iban(rng), rng.randint(100, 900)))
    return "\n".join(rows) + "\n"


def cas(rng):
    return "E4G" + pick(rng, UALNUM, 11)


def k_cas_export(rng):
    rows = ["cas_number,student,course_start,sponsor_licence,status"]
    for _ in range(3):
        rows.append("%s,S2026-%04d,2026-09-%02d,%s,ASSIGNED" % (cas(rng), rng.randint(1, 9999), rng.randint(1, 28), pick(rng, UALNUM, 9)))
    return "\n".join(rows) + "\n"


def k_visa_ticket(rng):
    return ("Visa letter request #VL-%04d\nStudent needs a support letter quoting CAS %s and GWF reference GWF0%08d.\n"
            "Course: Intensive General English (25 h/week), 12 weeks from 2026-07-06.\n" % (rng.randint(1, 9999), cas(rng), rng.randint(0, 10 ** 8 - 1)))


def k_booking_email(rng):
    return ("Room booking confirmed\nBooking: RB-%06d (id %s)\nRoom 4B, Thursday 10:45-12:15, B1 conversation class\n"
            "Cancel at https://rooms.linguahub.example/b/%s\n" % (rng.randint(1, 999999), uuid4(rng), uuid4(rng)))


def k_ics(rng):
    return ("BEGIN:VEVENT\nUID:%s@timetable.linguahub.example\nDTSTART:20260112T090000Z\nSUMMARY:IELTS prep (Room 2A)\n"
            "SEQUENCE:%d\nEND:VEVENT\n" % (uuid4(rng), rng.randint(0, 5)))


def k_host_card(rng):
    return ("Host family H-%04d (Edwards)\nPostcode: BS6 %d%s\nBeds: 2, ensuite: no, pets: cat\nDBS certificate: %012d (enhanced, issued 2025-03-14)\nDistance to school: 2.4 km\n"
            % (rng.randint(1, 9999), rng.randint(1, 9), pick(rng, UPPER, 2), rng.randint(10 ** 11, 10 ** 12 - 1)))


def k_dbs_tracker(rng):
    rows = ["host_id,dbs_number,issued,update_service_id"]
    for _ in range(3):
        rows.append("H-%04d,%012d,2025-%02d-%02d,C%09d" % (rng.randint(1, 9999), rng.randint(10 ** 11, 10 ** 12 - 1), rng.randint(1, 12), rng.randint(1, 28), rng.randint(10 ** 8, 10 ** 9 - 1)))
    return "\n".join(rows) + "\n"


def k_checkout(rng):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  // publishable key: safe in the browser\n</script>\n" % pick(rng, ALNUM, 97))


def k_map_widget(rng):
    return ("// tutor-map.js (browser bundle)\nmapboxgl.accessToken = '%s'; // public pk. token, URL-restricted\n"
            "const search = algoliasearch('%s', '%s'); // search-only key\nSentry.init({ dsn: 'https://%s@o%d.ingest.sentry.io/%d' });\n"
            % (mapbox_pk(rng), pick(rng, UALNUM, 10), pick(rng, HEX, 32), pick(rng, HEX, 32), rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 6, 10 ** 7)))


def k_setup_guide(rng):
    return ("## Configure the tutor app\n1. Copy `.env.example` to `.env`.\n2. Set `DEEPL_AUTH_KEY=<your-deepl-key>:fx` and `VISA_LETTER_WEBHOOK_SECRET=whsec_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.\n"
            "3. Leave `EXAM_CENTRE_API_KEY=ecak_000000.<key>` until the exam board sends yours.\n4. `OPENAI_API_KEY=sk-...` is optional (step %d).\n" % rng.randint(5, 9))


def k_env_example(rng):
    return ("# .env.example for the visa-letter service - copy and fill in\nVISA_LETTER_WEBHOOK_SECRET=\nLEVEL_REPORT_SIGNING_KEY=lrsk_<48 hex>_<checksum>\n"
            "SENDGRID_API_KEY=${SENDGRID_API_KEY:?set me}\nHOMESTAY_PORTAL_PASSWORD=<ask the DoS>\nWORKERS=%d\n" % rng.randint(2, 8))


def k_actions_log(rng):
    return ("Run ./deploy.sh\n  env:\n    DEEPL_AUTH_KEY: ***\n    EXAM_CENTRE_API_KEY: ***\n    SENDGRID_API_KEY: ***\n"
            "deploy: pushed image sha256:%s\n" % sha256_hex(rng))


def k_worker_journal(rng):
    return ("Jan 12 09:%02d:11 lh-app01 visa-worker[%d]: webhook verified with secret whsec_****%s\n"
            "Jan 12 09:%02d:12 lh-app01 visa-worker[%d]: sendgrid key SG.****[FILTERED] ok, letter queued\n"
            % (rng.randint(0, 59), rng.randint(1000, 9999), pick(rng, ALNUM, 4), rng.randint(0, 59), rng.randint(1000, 9999)))


def k_workflow_secrets(rng):
    return ("    env:\n      DEEPL_AUTH_KEY: ${{ secrets.DEEPL_AUTH_KEY }}\n      TUTOR_APP_SESSION_JWT_KEY: ${{ secrets.TUTOR_JWT_KEY }}\n"
            "      AWS_SECRET_ARN: arn:aws:secretsmanager:eu-west-2:%012d:secret:lh/visa-letters-%s\n" % (rng.randint(10 ** 11, 10 ** 12 - 1), pick(rng, ALNUM, 6)))


def k_external_secret(rng):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: exam-centre-api\nspec:\n"
            "  secretStoreRef: {name: lh-vault, kind: ClusterSecretStore}\n  data:\n    - secretKey: EXAM_CENTRE_API_KEY\n"
            "      remoteRef: {key: school/exams/centre-api, property: key, version: \"%d\"}\n" % rng.randint(1, 9))


def argon2(rng):
    salt = base64.b64encode(rbytes(rng, 16)).decode().rstrip("=")
    h = base64.b64encode(rbytes(rng, 32)).decode().rstrip("=")
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (salt, h)


def django_pbkdf2(rng):
    return "pbkdf2_sha256$870000$%s$%s" % (pick(rng, ALNUM, 22), base64.b64encode(rbytes(rng, 32)).decode())


def k_staff_sql(rng):
    return ("INSERT INTO staff (id, email, password_hash, role) VALUES\n (%d, 'dos@linguahub.example', '%s', 'admin'),\n (%d, 'exams@linguahub.example', '%s', 'exams');\n"
            % (rng.randint(1, 99), argon2(rng), rng.randint(100, 199), argon2(rng)))


def k_django_fixture(rng):
    return json.dumps([{"model": "auth.user", "pk": rng.randint(1, 500), "fields": {"username": rng.choice(NAMES).lower(),
                       "password": django_pbkdf2(rng), "is_staff": True}}], indent=2) + "\n"


def k_sops(rng):
    return ("HOMESTAY_PORTAL_PASSWORD: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    age:\n        - recipient: age1%s\n    lastmodified: \"2026-01-09T10:12:44Z\"\n    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n"
            % (base64.b64encode(rbytes(rng, 18)).decode(), base64.b64encode(rbytes(rng, 32)).decode(), base64.b64encode(rbytes(rng, 16)).decode(),
               pick(rng, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), base64.b64encode(rbytes(rng, 48)).decode(), base64.b64encode(rbytes(rng, 32)).decode(),
               base64.b64encode(rbytes(rng, 16)).decode()))


def k_ansible_vault(rng):
    body = rbytes(rng, 96).hex()
    lines = [body[i:i + 80] for i in range(0, len(body), 80)]
    return "exam_registration_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("          " + l for l in lines) + "\n"


def k_invigilator_briefing(rng):
    return ("Invigilator briefing (page %d)\nNever write the exam-room PC password on the whiteboard or the seating plan. "
            "If a candidate's laptop asks for a password, call the exams officer; do not type one in yourself. "
            "Passwords are changed after every session and are only given out by phone.\n" % rng.randint(2, 6))


def k_tutor_checklist(rng):
    return ("New tutor IT checklist\n[ ] choose a password of at least 14 characters for the tutor portal (a passphrase is fine)\n"
            "[ ] turn on two-factor login\n[ ] never share your lesson-credit console password with students or host families\n[ ] report phishing to it@ (ticket type %d)\n" % rng.randint(1, 9))


def k_download_manifest(rng):
    rows = ["file,sha256,size"]
    for p in ["B2_reading.pdf", "B2_listening.mp3", "C1_writing.pdf"]:
        rows.append("%s,%s,%d" % (p, sha256_hex(rng), rng.randint(10 ** 5, 10 ** 7)))
    return "\n".join(rows) + "\n"


def k_release_audit(rng):
    return ("2026-06-13 08:%02d paper B2-RW released to Exam Hall, envelope seal %06d intact\n"
            "checksum sha256=%s verified by %s\n" % (rng.randint(0, 59), rng.randint(0, 999999), sha256_hex(rng), rng.choice(NAMES)))


def k_stripe_delivery(rng):
    return ("POST /webhooks/stripe 200 (%d ms)\nStripe-Signature: t=%d,v1=%s\nevent: checkout.session.completed (evt_%s)\n"
            % (rng.randint(20, 300), 1767225600 + rng.randint(0, 10 ** 6), pick(rng, HEX, 64), pick(rng, ALNUM, 24)))


def k_github_delivery(rng):
    return ("Request headers\nX-GitHub-Delivery: %s\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256=%s\nsvix-signature: v1,%s\n"
            % (uuid4(rng), pick(rng, HEX, 64), base64.b64encode(rbytes(rng, 32)).decode()))


def k_azure_app(rng):
    return ("App registration: lh-results-sync\nApplication (client) ID: %s\nDirectory (tenant) ID: %s\nObject ID: %s\nSupported account types: single tenant\n"
            % (uuid4(rng), uuid4(rng), uuid4(rng)))


def k_google_consent(rng):
    return ("OAuth client (web): %d-%s.apps.googleusercontent.com\nAuthorised redirect URI: https://tutors.linguahub.example/auth/google/callback\nProject number: %d\n"
            % (rng.randint(10 ** 11, 10 ** 12 - 1), pick(rng, LALNUM, 32), rng.randint(10 ** 11, 10 ** 12 - 1)))


def k_lesson_api(rng):
    return json.dumps({"lesson": {"id": ulid(rng), "tutor": "tut_" + pick(rng, ALNUM + "_-", 21), "credits_used": 1,
                                  "room": "2A", "starts_at": "2026-01-14T15:00:00Z"}}, indent=2) + "\n"


def k_credit_ledger(rng):
    rows = ["entry_id,lesson_id,delta,balance"]
    for _ in range(3):
        rows.append("%s,%s,-1,%d" % (ulid(rng), ulid(rng), rng.randint(0, 40)))
    return "\n".join(rows) + "\n"


def k_scanner_log(rng):
    return ("09:0%d:14 SCAN ok card=LH2026S%04d class=B1-EVE room=2A\n09:0%d:19 SCAN ok card=LH2026S%04d class=B1-EVE room=2A\n"
            % (rng.randint(0, 9), rng.randint(1, 9999), rng.randint(0, 9), rng.randint(1, 9999)))


def k_card_batch(rng):
    rows = ["student_id,barcode_ean13,library_no"]
    for _ in range(3):
        rows.append("S2026-%04d,%s,LIB%06d" % (rng.randint(1, 9999), ean13(rng, "20"), rng.randint(0, 999999)))
    return "\n".join(rows) + "\n"


def k_authorized_keys(rng):
    return "# /home/exams/.ssh/authorized_keys\n%s exams-officer@laptop\n%s deploy@ci\n" % (ssh_ed25519(rng), ssh_ed25519(rng))


def k_deploy_keys(rng):
    return ("Deploy keys (read-only)\nlevel-reports-ci  %s\nAdded on 9 Jan 2026, last used within the last week\n" % ssh_ed25519(rng))


def trf(rng):
    return "26GB%06d%s%03d%s" % (rng.randint(0, 999999), pick(rng, UPPER, 4), rng.randint(1, 999), rng.choice(UPPER))


def k_level_summary(rng):
    return ("Level report - S2026-%04d\nEntry test: B1 (raw 97/150)  Exit test: B2 (raw 118/150)\nCEFR descriptors: B2.3 speaking, B2.1 writing\nReport ref: LR-%s\n"
            % (rng.randint(1, 9999), ulid(rng)))


def k_trf_list(rng):
    rows = ["candidate,trf_number,overall_band"]
    for _ in range(3):
        rows.append("%04d,%s,%s" % (rng.randint(1, 9999), trf(rng), rng.choice(["6.0", "6.5", "7.0", "7.5"])))
    return "\n".join(rows) + "\n"


CLASSES = [
    ("exam_candidate_and_centre_numbers", "candidate numbers, centre numbers (GB + 3 digits), candidate ids, session codes",
     [("candidate_entry_confirmation_text", k_candidate_entry), ("centre_session_timetable_csv", k_centre_timetable)]),
    ("certificate_refs_mod11_2_checked", "certificate numbers `LH-` + 15 digits + a real ISO 7064 MOD 11-2 check character",
     [("certificate_verify_page_html", k_cert_verify), ("results_statement_footer", k_results_footer)]),
    ("refund_iban_mod97_checked", "GB IBANs with real mod-97 check digits (invented bank code), refund batch ids",
     [("fee_refund_request_form", k_refund_form), ("finance_refund_batch_csv", k_refund_batch)]),
    ("visa_cas_and_ukvi_references", "CAS numbers (`E4G` + 11), GWF references, sponsor licence numbers",
     [("cas_assignment_export_csv", k_cas_export), ("visa_letter_request_ticket", k_visa_ticket)]),
    ("room_booking_and_ical_uids", "booking numbers, UUIDv4 booking ids and iCal UIDs",
     [("room_booking_confirmation_email", k_booking_email), ("timetable_ics_export", k_ics)]),
    ("homestay_host_and_dbs_references", "host ids, postcodes, 12-digit DBS certificate numbers, update-service ids",
     [("host_family_profile_card", k_host_card), ("dbs_renewal_tracker_csv", k_dbs_tracker)]),
    ("frontend_publishable_keys", "Stripe `pk_live_`, Mapbox `pk.` (real base64url JSON), Algolia search-only key, Sentry DSN public key",
     [("enrolment_checkout_page_html", k_checkout), ("tutor_map_widget_bundle_js", k_map_widget)]),
    ("readme_example_credentials", "`<your-deepl-key>:fx`, all-X `whsec_`, `ecak_000000.<key>`, `sk-...`, empty values, `${…:?…}`, `<ask the DoS>`",
     [("tutor_app_setup_guide_md", k_setup_guide), ("visa_service_env_example", k_env_example)]),
    ("masked_tokens_in_job_logs", "`***`, `whsec_****` + 4, `SG.****[FILTERED]` in CI and worker logs",
     [("github_actions_deploy_log", k_actions_log), ("visa_worker_journal_lines", k_worker_journal)]),
    ("secret_store_lookups", "`${{ secrets.… }}` expressions, Secrets Manager ARNs, ExternalSecret remote refs",
     [("github_workflow_secrets_expressions", k_workflow_secrets), ("k8s_external_secret_manifest", k_external_secret)]),
    ("argon2_and_django_pbkdf2_hashes", "`$argon2id$` and Django `pbkdf2_sha256$` strings (random in frame; column `password_hash` / field `password`)",
     [("staff_accounts_sql_dump", k_staff_sql), ("django_auth_user_fixture_json", k_django_fixture)]),
    ("sops_and_ansible_vault_ciphertext", "SOPS `ENC[AES256_GCM,…]` values and `$ANSIBLE_VAULT;1.1;AES256` blocks (random bytes in frame)",
     [("sops_encrypted_env_yaml", k_sops), ("ansible_vault_group_vars", k_ansible_vault)]),
    ("exam_office_password_policy_prose", "briefings and checklists about passwords with no password in them",
     [("invigilator_briefing_page", k_invigilator_briefing), ("new_tutor_it_checklist", k_tutor_checklist)]),
    ("exam_paper_pdf_checksums", "SHA-256 digests of exam-paper files (real digests of random bytes), image digests",
     [("secure_download_manifest_csv", k_download_manifest), ("paper_release_audit_log", k_release_audit)]),
    ("webhook_signature_header_values", "`Stripe-Signature` `v1=`, `X-Hub-Signature-256`, `svix-signature` values (outputs, not keys)",
     [("stripe_event_delivery_log", k_stripe_delivery), ("github_webhook_delivery_headers", k_github_delivery)]),
    ("oauth_client_and_tenant_ids", "Azure application / tenant / object UUIDv4s, Google OAuth client ids, project numbers",
     [("azure_app_registration_summary", k_azure_app), ("google_oauth_client_config", k_google_consent)]),
    ("lesson_ulid_and_nanoid_keys", "ULIDs (Crockford Base32) and 21-character Nano IDs used as record keys",
     [("lesson_api_response_json", k_lesson_api), ("credit_ledger_export_csv", k_credit_ledger)]),
    ("student_card_barcode_payloads", "student-card barcodes, EAN-13 numbers with real check digits, library numbers",
     [("attendance_scanner_log", k_scanner_log), ("student_card_print_batch_csv", k_card_batch)]),
    ("ssh_ed25519_public_keys", "`ssh-ed25519` public keys (real wire framing, random key bytes)",
     [("authorized_keys_on_exam_server", k_authorized_keys), ("deploy_keys_settings_page", k_deploy_keys)]),
    ("cefr_level_and_trf_codes", "CEFR levels and raw scores, IELTS-style TRF numbers, level-report ULIDs",
     [("level_report_summary_text", k_level_summary), ("trf_number_list_csv", k_trf_list)]),
]


def wrap(w, text, rng):
    who = rng.choice(NAMES)
    if w == "in_staffroom_slack_thread":
        return "%s  11:%02d\nis this ok to keep in the repo?\n```\n%s```\n%s  11:%02d\nyes, nothing secret in there\n" % (who, rng.randint(0, 59), text, rng.choice(NAMES), rng.randint(0, 59))
    if w == "in_school_gitea_issue":
        return "Issue #%d: check before release\n\n%s\n> Reviewed by %s: fine to publish.\n" % (rng.randint(10, 999), text, who)
    if w == "in_exam_board_email":
        return "From: centre-support@examboard.example\nSubject: RE: session 2026-S1\n\nHello,\nplease see below.\n\n%s\nKind regards,\n%s\n" % (text, who)
    if w == "in_tutor_wiki_page":
        return "== Reference ==\n<pre>\n%s</pre>\nLast edited by %s.\n" % (text, who)
    raise ValueError(w)


def build(reg_items_6, hidden):
    """reg_items_6: list of registered strings (len >= 6); a negative is redrawn if it contains any."""
    rng = random.Random(SEED)
    out = []
    seen = set()
    forbidden = [s for s in reg_items_6 if len(s) >= 6] + list(hidden)
    for cls, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for pres in [None] + WRAPPERS:
                for _ in range(50):
                    t = fn(rng)
                    if pres:
                        t = wrap(pres, t, rng)
                    if t in seen or any(f in t for f in forbidden):
                        continue
                    break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(t)
                out.append((cls, kname if pres is None else "%s__%s" % (kname, pres), t))
    return out
