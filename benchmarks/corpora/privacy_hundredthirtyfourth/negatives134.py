"""Hard negatives from the dental world: look like secrets, are not."""
import hashlib, random
from common134 import *

D = string.digits
U = string.ascii_uppercase


def npi(r):
    base = str(r.randint(1, 2)) + rs(r, 8, D)
    return base + luhn_digit("80840" + base)


def uid(r):
    return "2.25." + str(int(uuid4(r).replace("-", ""), 16))


def gtin14(r):
    b = "0" + rs(r, 12, D)
    return b + gs1_check(b)


def sha256(r):
    return hashlib.sha256(rs(r, 20).encode()).hexdigest()


def md5(r):
    return hashlib.md5(rs(r, 20).encode()).hexdigest()


CDT = ["D0120", "D0150", "D0210", "D0274", "D0330", "D1110", "D1120", "D1206", "D2391", "D2740", "D2950", "D3330", "D4341", "D4910", "D6010", "D7140"]
ICD = ["K02.52", "K02.62", "K05.10", "K05.311", "K08.419", "K04.7", "Z01.20", "Z01.21", "K03.81"]

CLASSES = [
    ("cdt_procedure_and_icd10_diagnosis_codes", [
        ("claim_line_procedure_table", lambda r: "line | tooth | code | fee\n" + "\n".join("%d | %d | %s | %d.00" % (i + 1, r.randint(1, 32), r.choice(CDT), r.randint(40, 1400)) for i in range(4))),
        ("superbill_diagnosis_rows", lambda r: "Dx: " + ", ".join(r.sample(ICD, 3)) + "  Proc: " + " ".join(r.sample(CDT, 3)) + "  Visit " + rs(r, 8, D)),
    ]),
    ("provider_npi_numbers_with_luhn_check", [
        ("provider_directory_csv", lambda r: "provider,npi,taxonomy\n" + "\n".join("Dr %s,%s,1223G0001X" % (r.choice(["Ng", "Okafor", "Ruiz", "Berg", "Iyer"]), npi(r)) for _ in range(3))),
        ("claim_rendering_provider_segment", lambda r: "NM1*82*1*SMITH*ANNA****XX*%s~\nPRV*PE*PXC*1223G0001X~" % npi(r)),
    ]),
    ("dicom_study_and_instance_uids", [
        ("dicom_header_dump", lambda r: "(0020,000D) UI [%s] StudyInstanceUID\n(0008,0018) UI [%s] SOPInstanceUID" % (uid(r), uid(r))),
        ("pacs_worklist_json", lambda r: '{"StudyInstanceUID": "%s", "Modality": "IO", "AccessionNumber": "A%s"}' % (uid(r), rs(r, 9, D))),
    ]),
    ("x12_interchange_and_claim_control_numbers", [
        ("isa_gs_envelope_header", lambda r: "ISA*00*          *00*          *ZZ*%s *ZZ*%s *260412*0930*^*00501*%s*0*P*:~\nGS*HC*SUB*RCV*20260412*0930*%d*X*005010X224A2~" % (rs(r, 14, U + D), rs(r, 14, U + D), rs(r, 9, D), r.randint(1000, 99999))),
        ("clearinghouse_batch_report", lambda r: "Batch %s accepted: %d claims, ICN %s, trace %s" % (rs(r, 10, D), r.randint(3, 80), rs(r, 13, D), rs(r, 16, U + D))),
    ]),
    ("scanner_and_mill_serial_numbers", [
        ("scanner_fleet_inventory", lambda r: "op | scanner | serial\n" + "\n".join("op%d | TRIOS-5 | %s" % (i, rs(r, 3, U) + rs(r, 9, D)) for i in range(1, 4))),
        ("mill_service_report", lambda r: "Mill S/N %s-%s, spindle %s, firmware %d.%d.%d, next service after %d h" % (rs(r, 4, U), rs(r, 8, U + D), rs(r, 12, D), r.randint(1, 9), r.randint(0, 20), r.randint(0, 99), r.randint(200, 900))),
    ]),
    ("implant_udi_and_lot_numbers", [
        ("implant_sticker_udi_scan", lambda r: "(01)%s(17)2%d1231(10)%s" % (gtin14(r), r.randint(7, 9), rs(r, 8, U + D))),
        ("lab_material_lot_log", lambda r: "Zirconia disc lot %s, resin lot %s, exp 2027-%02d" % (rs(r, 10, U + D), rs(r, 12, U + D), r.randint(1, 12))),
    ]),
    ("publishable_portal_and_widget_keys", [
        ("online_booking_widget_embed", lambda r: '<script src="https://book.example.com/w.js" data-public-key="pub_%s" data-location="%s"></script>' % (rs(r, 32), uuid4(r))),
        ("portal_frontend_public_config", lambda r: "window.PORTAL = { paymentsPublishableKey: 'pk_live_%s', siteId: '%s' };" % (rs(r, 40), rs(r, 12, LDIG))),
    ]),
    ("masked_practice_integration_secrets", [
        ("integration_settings_masked_table", lambda r: "Clearinghouse secret: ************%s\nImaging bridge password: ••••••••\nLast rotated: %d days ago" % (rs(r, 4), r.randint(2, 90))),
        ("sync_log_redacted_header", lambda r: "%s INFO sync POST /v2/appointments Authorization: Bearer [REDACTED] status=200 req=%s" % ("2026-04-%02dT0%d:12:44Z" % (r.randint(1, 28), r.randint(0, 9)), uuid4(r))),
    ]),
    ("dental_template_placeholder_values", [
        ("bridge_config_sample_file", lambda r: "# copy to bridge.env and fill in\nPMS_DB_PASSWORD=<your-practice-db-password>\nCLAIMS_API_SECRET=changeme\nSCAN_CLOUD_CLIENT_SECRET=xxxxxxxxxxxxxxxx%s" % ("" if r.random() < 0.5 else "\n# ticket " + rs(r, 6, D))),
        ("vendor_api_docs_request_example", lambda r: "curl https://api.example.com/v1/patients/%d -H 'X-Api-Key: YOUR_API_KEY_HERE' -H 'X-Practice: %s'" % (r.randint(1000, 99999), rs(r, 6, U))),
    ]),
    ("secret_store_and_env_references", [
        ("k8s_secretkeyref_manifest", lambda r: "env:\n  - name: PMS_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: pms-db-%s\n        key: password" % rs(r, 5, LOWER)),
        ("aws_ssm_parameter_paths", lambda r: "CLAIMS_SECRET=ssm:/clinic/%s/claims/secret\nPACS_KEY=arn:aws:ssm:us-east-1:%s:parameter/pacs/signing-key" % (rs(r, 6, LOWER), rs(r, 12, D))),
    ]),
    ("jasypt_and_dpapi_encrypted_values", [
        ("spring_jasypt_enc_properties", lambda r: "claims.datasource.password=ENC(%s)\njasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256" % b64(r, 48)),
        ("windows_dpapi_protected_blob_config", lambda r: '<add key="BridgePassword" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA%s" protection="DPAPI" />' % b64(r, 60)),
    ]),
    ("staff_password_policy_talk_without_value", [
        ("hipaa_password_policy_excerpt", lambda r: "Policy %d.%d: workstation passwords must be at least %d characters, rotated every %d days, and never written on monitors or shared in chat." % (r.randint(3, 9), r.randint(1, 9), r.randint(12, 16), r.choice([60, 90, 180]))),
        ("front_desk_reset_help_chat", lambda r: "[%02d:%02d] Jen: I locked myself out of the imaging PC again\n[%02d:%02d] IT: I'll send a reset link to your clinic email, pick a new password there — don't post it here." % (r.randint(8, 17), r.randint(0, 59), r.randint(8, 17), r.randint(0, 59))),
    ]),
    ("scan_and_image_file_digests", [
        ("stl_export_sha256_manifest", lambda r: "\n".join("%s  case_%s_%s.stl" % (sha256(r), rs(r, 5, D), p) for p in ("upper", "lower"))),
        ("dicom_archive_md5_audit", lambda r: "archive=%s.zip md5=%s files=%d" % (rs(r, 8, D), md5(r), r.randint(10, 400))),
    ]),
    ("sterilizer_cycle_and_biological_indicator_ids", [
        ("autoclave_cycle_printout", lambda r: "CYCLE %s  134C 4min  PASS\nLOAD %s  OPR %s" % (rs(r, 6, D), rs(r, 8, U + D), rs(r, 3, U))),
        ("spore_test_log_rows", lambda r: "date,bi_lot,result\n2026-03-%02d,%s,negative\n2026-03-%02d,%s,negative" % (r.randint(1, 14), rs(r, 10, U + D), r.randint(15, 28), rs(r, 10, U + D))),
    ]),
    ("appointment_and_recall_message_ids", [
        ("recall_sms_delivery_receipts", lambda r: "\n".join("msg_%s delivered %s" % (rs(r, 24), uuid4(r)) for _ in range(2))),
        ("appointment_webhook_payload", lambda r: '{"event":"appointment.confirmed","id":"evt_%s","appointment_id":"%s","idempotency_key":"%s"}' % (rs(r, 20), uuid4(r), hexs(r, 32))),
    ]),
    ("tooth_shade_and_lab_prescription_numbers", [
        ("lab_rx_form_text", lambda r: "Rx #%s  teeth %d-%d  shade %s  material %s  due 2026-05-%02d" % (rs(r, 9, D), r.randint(3, 8), r.randint(9, 14), r.choice(["A1", "A2", "A3.5", "B1", "OM2"]), r.choice(["zirconia", "e.max", "PFM"]), r.randint(1, 28))),
        ("shade_match_report", lambda r: "Shade scan %s: L*=%.1f a*=%.1f b*=%.1f  match %s  device %s" % (rs(r, 12, U + D), r.uniform(60, 80), r.uniform(-2, 3), r.uniform(10, 25), r.choice(["A2", "B2", "C1"]), rs(r, 10, U + D))),
    ]),
]
WRAPS = [
    ("in_practice_teams_thread", lambda t: "Teams — #practice-it\nMaya: is this anything sensitive?\n" + t + "\nLeo: no, that's fine to share."),
    ("in_dental_it_ticket", lambda t: "Ticket DIT-%s — attaching output as requested:\n" + t),
    ("in_lab_app_pr_review", lambda t: "Review comment on fixtures/sample.txt:\n```\n" + t + "\n```\nLooks right, approving."),
    ("in_clinic_wiki_page", lambda t: "== Reference ==\n" + t + "\n(page owner: practice IT)"),
    ("in_vendor_support_mail", lambda t: "Hello support,\n\nbelow is what we see on our side:\n\n" + t + "\n\nRegards, Westside Dental"),
]


def build():
    rng = random.Random(13406)
    out = []
    for cls, kinds in CLASSES:
        for kind, gen in kinds:
            for w in range(6):
                t = gen(rng)
                if w == 0:
                    cont = kind
                else:
                    wn, wf = WRAPS[w - 1]
                    t = wf(t)
                    if "%s" in t and wn == "in_dental_it_ticket":
                        t = t.replace("%s", rs(rng, 5, D), 1)
                    cont = kind + "__" + wn
                out.append({"id": "p134-n-%04d" % (len(out) + 1), "class": cls, "container": cont, "text": t, "source": "negative"})
    return out
