"""Hard negatives: texts of the driving-school world that hold no secret but look as if they might."""
import base64
import hashlib
import random
import string

from common172 import (b62, hexl, hexu, digits, lowd, rs, uuid4, vin, luhn_digit, rbytes, b64url_json, B62)

SEED = 17206
UP = string.ascii_uppercase
URLSAFE = string.ascii_letters + string.digits + "_-"


def _sha256(r):
    return hashlib.sha256(rbytes(r, 40)).hexdigest()


def _uk_licence(r):
    sur = rs(r, UP, 5)
    dec = str(r.randrange(6, 10))
    month = r.randrange(1, 13) + (50 if r.random() < 0.5 else 0)
    day = r.randrange(1, 29)
    return "%s%s%02d%02d%s%s9%s" % (sur, dec, month, day, r.randrange(10), rs(r, UP, 2), rs(r, UP, 2))


def _imei(r):
    body = "35" + digits(r, 12)
    return body + luhn_digit(body)


def _iccid(r):
    body = "8944" + digits(r, 14)
    return body + luhn_digit(body)


def _plate(r):
    return rs(r, "ABDEFGHKLMNOPRSVWY", 2) + "%02d" % r.choice([23, 73, 24, 74]) + " " + rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 3)


# ---------------------------------------------------------------- base kinds: name -> fn(rng) -> text
def k_enrolment(r):
    return ("Learner enrolment - page 1\nName: %s %s\nProvisional licence no: %s\nIssue no: %02d\nDate of birth: 19%02d-%02d-%02d\nPreferred gearbox: manual\n"
            % (r.choice(["Aoife", "Tom", "Priya", "Kasia", "Jamal"]), r.choice(["Byrne", "Okafor", "Nowak", "Hughes"]),
               _uk_licence(r), r.randrange(10, 20), r.randrange(80, 99), r.randrange(1, 13), r.randrange(1, 29)))


def k_permit_checklist(r):
    return ("Permit upload checklist (US learners)\n[x] Permit number D%s-%s-%s recorded\n[x] State: %s\n[ ] Parent signature on file\n"
            % (digits(r, 3), digits(r, 4), digits(r, 4), r.choice(["CA", "TX", "FL", "NY", "AZ"])))


def k_booking_email(r):
    return ("Subject: Your car practical test is booked\n\nBooking reference: %s\nTest centre: %s (code %s)\nDate: 2024-0%d-%02d 09:%02d\nTheory pass certificate: %s\nBring your provisional licence.\n"
            % (digits(r, 8), r.choice(["Wood Green", "Borehamwood", "Cardington", "Mill Hill"]), digits(r, 5),
               r.randrange(6, 10), r.randrange(1, 29), r.choice([7, 14, 21, 28, 35, 42]), "T" + digits(r, 11)))


def k_theory_ocr(r):
    return ("[OCR theory test pass letter]\nCandidate number: %s\nTheory test pass certificate number %s\nMultiple choice 47/50  Hazard perception 61/75\nValid until %d-%02d-%02d\n"
            % (digits(r, 9), digits(r, 11), 2026, r.randrange(1, 13), r.randrange(1, 29)))


def k_adi_rows(r):
    rows = ["adi_number,name,grade,badge_expiry"]
    for _ in range(4):
        rows.append("%s,%s,%s,2026-%02d-%02d" % (digits(r, 6), r.choice(["S. Patel", "J. Reyes", "M. Kowalski", "D. Evans", "L. Chen"]),
                                                  r.choice(["A", "B", "PDI"]), r.randrange(1, 13), r.randrange(1, 29)))
    return "\n".join(rows) + "\n"


def k_instructor_profile(r):
    return ("<div class=\"instructor\">\n  <h3>%s</h3>\n  <p>DVSA approved driving instructor, ADI no. %s</p>\n  <p>Car: %s dual controls, reg %s</p>\n</div>\n"
            % (r.choice(["Sam Okoro", "Hannah Price", "Rob Tait"]), digits(r, 6), r.choice(["Ford Fiesta", "VW Polo", "Toyota Yaris"]), _plate(r)))


def k_fleet_register(r):
    rows = ["car_id,registration,vin,transmission,next_mot"]
    for i in range(4):
        rows.append("DW%02d,%s,%s,%s,2025-%02d-%02d" % (r.randrange(1, 40), _plate(r), vin(r), r.choice(["manual", "auto"]),
                                                         r.randrange(1, 13), r.randrange(1, 29)))
    return "\n".join(rows) + "\n"


def k_insurance(r):
    return ("Schedule of vehicles - tuition fleet policy %s\nVehicle 1: %s  VIN %s  dual controls fitted: yes\nVehicle 2: %s  VIN %s  dual controls fitted: yes\n"
            % ("TF" + digits(r, 8), _plate(r), vin(r), _plate(r), vin(r)))


def k_clip_index(r):
    return ('{"camera_serial": "NBX%s", "clips": [{"id": "%s", "start": "2024-06-12T08:%02d:11Z", "sha256": "%s"}, '
            '{"id": "%s", "start": "2024-06-12T08:%02d:40Z", "sha256": "%s"}]}\n'
            % (digits(r, 9), uuid4(r), r.randrange(10, 59), _sha256(r), uuid4(r), r.randrange(10, 59), _sha256(r)))


def k_nvr_list(r):
    lines = ["NAME        SERIAL            MAC                FW"]
    for i in range(3):
        mac = ":".join(hexu(r, 2) for _ in range(6))
        lines.append("car-%02d-dash  %s  %s  v%d.%d.%d" % (r.randrange(1, 40), "DC" + hexu(r, 14), mac, r.randrange(1, 4), r.randrange(10), r.randrange(10)))
    return "\n".join(lines) + "\n"


def k_telematics_inv(r):
    rows = ["device_id,imei,iccid,car"]
    for _ in range(3):
        rows.append("tb-%s,%s,%s,DW%02d" % (lowd(r, 6), _imei(r), _iccid(r), r.randrange(1, 40)))
    return "\n".join(rows) + "\n"


def k_obd_activation(r):
    return ("2024-06-0%dT10:%02d:03Z INFO activation ok device=OBD%s imei=%s iccid=%s firmware=%s\n"
            % (r.randrange(1, 9), r.randrange(10, 59), digits(r, 7), _imei(r), _iccid(r), "sha256:" + _sha256(r)[:16]))


def k_fuel_rows(r):
    rows = ["date,card,site,litres,auth_code,odometer"]
    for _ in range(4):
        rows.append("2024-06-%02d,7077 %s** **** %s,%s,%d.%02d,%s,%d" % (r.randrange(1, 29), digits(r, 2), digits(r, 4),
                                                                       r.choice(["Shell Mill Hill", "BP Edgware", "Esso A41"]),
                                                                       r.randrange(20, 50), r.randrange(100), digits(r, 6), r.randrange(20000, 90000)))
    return "\n".join(rows) + "\n"


def k_fuel_order(r):
    return ("Your fuel card order %s has shipped.\nCards: 3 (ending %s, %s, %s)\nDriver-linked PINs are sent separately by post and are never shown online.\n"
            % ("ORD-" + digits(r, 7), digits(r, 4), digits(r, 4), digits(r, 4)))


def k_certificate_text(r):
    return ("CERTIFICATE OF COMPLETION - Traffic Violator School\nCertificate no: %s\nCourt: %s County Superior Court  Case no: TR-2024-%s\nCitation no: %s\nCompleted: 2024-06-%02d  Course: 8-hour online\n"
            % ("TVS" + digits(r, 9), r.choice(["Orange", "Riverside", "Kern"]), digits(r, 6), r.choice(UP) + digits(r, 7), r.randrange(1, 29)))


def k_efiling_receipt(r):
    return ("Subject: Filing accepted\n\nEnvelope %s was accepted.\nFiling ID: %s\nLead document: certificate_%s.pdf\nTransaction ID %s\n"
            % (digits(r, 8), uuid4(r), digits(r, 6), uuid4(r)))


def k_question_json(r):
    return ('{"id": "Q-%s-%04d", "topic": "%s", "stem": "When may you use hazard warning lights?", "media": "img/%s.jpg", '
            '"media_sha256": "%s", "answer": "%s"}\n'
            % (r.choice(["HAZ", "ALT", "SGN", "MTW"]), r.randrange(10000), r.choice(["hazard awareness", "alertness", "road signs"]),
               lowd(r, 10), _sha256(r), r.choice("ABCD")))


def k_clip_sums(r):
    return "\n".join("%s  hazard_clips/clip_%03d.mp4" % (_sha256(r), r.randrange(1, 999)) for _ in range(3)) + "\n"


def k_widget(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_%s");\n'
            '  grecaptcha.render("book", {sitekey: "6L%s"});\n</script>\n' % (b62(r, 99), rs(r, URLSAFE, 38)))


def k_firebase_web(r):
    return ('const firebaseConfig = {\n  apiKey: "AIza%s",\n  authDomain: "learner-app-%s.firebaseapp.com",\n  projectId: "learner-app-%s",\n'
            '  messagingSenderId: "%s",\n  appId: "1:%s:web:%s"\n};\n' % (rs(r, URLSAFE, 35), digits(r, 4), digits(r, 4),
                                                                     digits(r, 12), digits(r, 12), hexl(r, 22)))


def k_masked_log(r):
    return ("2024-06-1%dT11:%02d:52Z POST /v1/bookings 201 auth=Bearer eyJ***redacted*** stripe_key=sk_live_****%s dvsa_pw=******** learner=%s\n"
            % (r.randrange(10), r.randrange(10, 59), b62(r, 4), "L" + digits(r, 5)))


def k_redacted_dump(r):
    return ("telematics-agent config dump\n  endpoint: mqtts://t.fleetbox.example:8883\n  device_key: [REDACTED]\n  hmac_key: <hidden 64 chars>\n  apn_password: ••••••••\n  report_interval: %ds\n"
            % r.choice([15, 30, 60]))


def k_env_sample(r):
    return ("# .env.example - copy to .env and fill in\nDB_HOST=localhost\nDB_PASSWORD=\nMOCK_TEST_API_KEY=<your-mock-test-key>\nID_CHECK_WEBHOOK_SECRET=changeme\nTELEMATICS_HMAC_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nAPP_PORT=%d\n"
            % r.choice([3000, 8000, 8080]))


def k_tf_example(r):
    return ('variable "fuel_card_portal_password" {\n  type      = string\n  sensitive = true\n  default   = "REPLACE_ME"\n}\n'
            'variable "region" {\n  default = "%s"\n}\n' % r.choice(["eu-west-2", "us-east-1", "eu-central-1"]))


def k_external_secret(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: booking-db\nspec:\n  secretStoreRef:\n    name: aws-sm\n  data:\n"
            "    - secretKey: DB_PASSWORD\n      remoteRef:\n        key: prod/booking/db-%s\n        property: password\n" % lowd(r, 4))


def k_ci_refs(r):
    return ("env:\n  DVSA_PORTAL_PASSWORD: ${{ secrets.DVSA_PORTAL_PASSWORD }}\n  FUEL_CARD_PASSWORD: ${{ secrets.FUEL_CARD_PW }}\n"
            "  TELEMATICS_KEY_ARN: arn:aws:ssm:eu-west-2:%s:parameter/fleet/telematics/hmac\n  OP_REF: op://Fleet/Fuel portal/password\n" % digits(r, 12))


def k_sops(r):
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, r.randrange(12, 30))).decode(),
                                                                   base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    return ("db_password: %s\nmock_test_api_key: %s\nsops:\n  kms:\n    - arn: arn:aws:kms:eu-west-2:%s:key/%s\n  version: 3.8.1\n"
            % (enc(), enc(), digits(r, 12), uuid4(r)))


def k_sealed(r):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: dashcam-uploader\nspec:\n  encryptedData:\n    NVR_ADMIN_PASSWORD: Ag%s\n"
            % base64.b64encode(rbytes(r, 300)).decode())


def k_django_users(r):
    rows = ["id | username | password"]
    for i in range(3):
        salt = rs(r, string.ascii_letters + string.digits, 22)
        rows.append("%d | %s | pbkdf2_sha256$720000$%s$%s" % (r.randrange(100, 999), r.choice(["learner", "adi", "office"]) + digits(r, 3),
                                                               salt, base64.b64encode(rbytes(r, 32)).decode()))
    return "\n".join(rows) + "\n"


def k_argon_rows(r):
    def h():
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (base64.b64encode(rbytes(r, 16)).decode().rstrip("="),
                                                          base64.b64encode(rbytes(r, 32)).decode().rstrip("="))
    return "instructor_id,pin_hash\n%s,%s\n%s,%s\n" % (digits(r, 5), h(), digits(r, 5), h())


def k_lockout_chat(r):
    return ("[%02d:%02d] Jo: locked out of the test booking portal again :(\n[%02d:%02d] Office: I've sent a reset link to your work email, pick a new password with 12+ characters and don't reuse the old one\n"
            % (r.randrange(8, 18), r.randrange(60), r.randrange(8, 18), r.randrange(60)))


def k_policy(r):
    return ("Password policy (v%d.%d): instructors must use a password manager; passwords for the booking system, the dashcam boxes and the fuel card portal are never written on notes in cars, never sent by chat and are rotated when an instructor leaves.\n"
            % (r.randrange(1, 4), r.randrange(10)))


def k_stripe_docs(r):
    return ("Quickstart (from the vendor docs)\n  curl https://api.stripe.com/v1/charges -u sk_test_XXXXXXXXXXXXXXXXXXXXXXXX:\n  # replace with your own test key; never commit live keys\n  # example customer: cus_%s\n"
            % b62(r, 14))


def k_aws_docs(r):
    return ("Example from the AWS CLI guide:\n  aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n  aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n  region = %s\n"
            % r.choice(["eu-west-2", "us-west-2"]))


def k_payment_log(r):
    return ("payment_intent.succeeded id=pi_%s customer=cus_%s charge=ch_%s amount=4500 currency=gbp description=\"2h lesson block\"\n"
            % (b62(r, 24), b62(r, 14), b62(r, 24)))


def k_financing_email(r):
    return ("Subject: Your learner financing application\n\nApplication ref: LF-%s\nLoan account: %s\nStatus: approved - 6 monthly instalments\n"
            % (digits(r, 8), rs(r, UP, 3) + digits(r, 9)))


def k_sig_header(r):
    return ("POST /webhooks/payments  Stripe-Signature: t=17%s,v1=%s\nverified=true event=evt_%s\n"
            % (digits(r, 8), hexl(r, 64), b62(r, 24)))


def k_idempotency(r):
    return ("POST /v1/lesson-blocks  Idempotency-Key: %s  X-Request-Id: req_%s  status=200\n" % (uuid4(r), b62(r, 14)))


CLASSES = [
    ("driving_licence_and_provisional_permit_numbers", [("learner_enrolment_form_extract", k_enrolment), ("permit_upload_checklist", k_permit_checklist)]),
    ("test_booking_and_theory_pass_references", [("test_booking_confirmation_email", k_booking_email), ("theory_pass_letter_ocr", k_theory_ocr)]),
    ("instructor_badge_and_register_numbers", [("adi_register_export_rows", k_adi_rows), ("instructor_profile_html_snippet", k_instructor_profile)]),
    ("training_car_vins_and_plates", [("tuition_fleet_register_csv", k_fleet_register), ("fleet_insurance_schedule_excerpt", k_insurance)]),
    ("dashcam_serials_and_clip_identifiers", [("dashcam_clip_index_json", k_clip_index), ("nvr_device_listing", k_nvr_list)]),
    ("telematics_imei_iccid_and_device_ids", [("telematics_device_inventory_csv", k_telematics_inv), ("obd_dongle_activation_log", k_obd_activation)]),
    ("fuel_card_masked_numbers_and_auth_codes", [("fuel_transaction_statement_rows", k_fuel_rows), ("fuel_card_order_confirmation", k_fuel_order)]),
    ("completion_certificate_and_court_case_numbers", [("certificate_of_completion_text", k_certificate_text), ("court_efiling_receipt_email", k_efiling_receipt)]),
    ("theory_question_ids_and_media_digests", [("question_bank_export_line", k_question_json), ("hazard_clip_sha256_manifest", k_clip_sums)]),
    ("browser_side_publishable_keys_for_booking", [("booking_widget_script_tag", k_widget), ("learner_app_firebase_web_config", k_firebase_web)]),
    ("masked_values_in_booking_and_telematics_logs", [("booking_api_masked_request_log", k_masked_log), ("telematics_config_redacted_dump", k_redacted_dump)]),
    ("placeholder_values_in_school_env_templates", [("booking_dotenv_sample_file", k_env_sample), ("terraform_variable_default_placeholder", k_tf_example)]),
    ("secret_store_pointers_in_fleet_deploys", [("external_secret_manifest", k_external_secret), ("ci_and_parameter_store_references", k_ci_refs)]),
    ("sops_and_sealed_secret_ciphertext", [("sops_encrypted_values_yaml", k_sops), ("sealed_secret_manifest", k_sealed)]),
    ("learner_and_instructor_password_hashes", [("django_auth_user_rows", k_django_users), ("argon2id_pin_hash_rows", k_argon_rows)]),
    ("instructor_chat_about_passwords_without_values", [("locked_out_instructor_chat", k_lockout_chat), ("school_password_policy_paragraph", k_policy)]),
    ("vendor_docs_sample_credentials_in_school_wiki", [("payments_quickstart_test_key_sample", k_stripe_docs), ("cloud_cli_guide_example_keys", k_aws_docs)]),
    ("payment_and_financing_reference_ids", [("payment_intent_event_log", k_payment_log), ("financing_application_status_email", k_financing_email)]),
    ("webhook_signature_headers_and_idempotency_keys", [("payment_webhook_signature_log", k_sig_header), ("idempotency_key_request_log", k_idempotency)]),
]

WRAPPERS = [
    ("in_instructor_slack_thread", lambda t, r: "#ops-bookings  thread started by Ellie\n> " + t.replace("\n", "\n> ").rstrip("> ") + "\nreply from Dev: nothing sensitive in there, fine to keep\n"),
    ("in_school_ops_jira_ticket", lambda t, r: "SL-%s  Description:\n{code}\n%s{code}\nLabels: fleet, audit\n" % (digits(r, 4), t)),
    ("in_booking_api_pr_review", lambda t, r: "Review on booking-api#%s (fixtures/sample.txt):\n```\n%s```\nnit: trailing newline\n" % (digits(r, 3), t)),
    ("in_office_manager_email", lambda t, r: "From: office@safelanes.example\nSubject: FYI for the audit\n\n%s\nThanks, Priya\n" % t),
    ("in_fleet_notion_runbook", lambda t, r: "## Runbook - step %d\nCopy of what we saw:\n\n%s\n" % (r.randrange(2, 9), t)),
]


def generate():
    rng = random.Random(SEED)
    out = []
    for cls, kinds in CLASSES:
        for kname, fn in kinds:
            out.append({"id": "tmp", "class": cls, "container": kname, "text": fn(rng), "source": "negative"})
            for wname, wfn in WRAPPERS:
                out.append({"id": "tmp", "class": cls, "container": kname + "__" + wname,
                            "text": wfn(fn(rng), rng), "source": "negative"})
    return out
