"""Hard negatives from the home-care world: look like secrets, are not."""
import random, string, hashlib, base64, zlib
from gen162 import *

D = string.digits


def npi(r):
    base = '1' + s(r, 8, D)
    return base + luhn_digit('80840' + base)


def imei(r):
    b = '35' + s(r, 12, D)
    return b + luhn_digit(b)


def ndc(r):
    return f'{s(r, 5, D)}-{s(r, 4, D)}-{s(r, 2, D)}'


def sha(r, n='sha256'):
    return hashlib.new(n, s(r, 20).encode()).hexdigest()


CLASSES = [
    ('evv_visit_and_claim_ids', [
        ('evv_visit_export_csv', lambda r: 'visit_id,client_id,caregiver_id,clock_in,clock_out\n' + '\n'.join(f'V{s(r, 12, D)},C{s(r, 7, D)},CG{s(r, 6, D)},2026-03-0{i+1}T08:0{i}:00,2026-03-0{i+1}T12:1{i}:00' for i in range(3))),
        ('claim_status_response_json', lambda r: f'{{"claimId": "{s(r, 17, string.ascii_uppercase + D)}", "payerClaimControlNumber": "{s(r, 14, D)}", "status": "accepted"}}'),
    ]),
    ('npi_numbers_with_luhn', [
        ('provider_roster_npi_column', lambda r: 'agency,npi,taxonomy\n' + '\n'.join(f'Sunrise Home Care #{i},{npi(r)},251E00000X' for i in range(3))),
        ('x12_nm1_billing_provider_segment', lambda r: f'NM1*85*2*SUNRISE HOME CARE LLC*****XX*{npi(r)}~'),
    ]),
    ('ndc_medication_codes', [
        ('mar_order_rows', lambda r: '\n'.join(f'order {s(r, 8, D)}  NDC {ndc(r)}  qty 30  route PO' for _ in range(3))),
        ('pharmacy_feed_json', lambda r: f'{{"ndc11": "{s(r, 11, D)}", "rxcui": "{s(r, 6, D)}", "lot": "{s(r, 7, string.ascii_uppercase + D)}"}}'),
    ]),
    ('pendant_imei_and_device_serials', [
        ('pers_fleet_inventory_csv', lambda r: 'imei,serial,iccid\n' + '\n'.join(f'{imei(r)},MH{s(r, 10, string.ascii_uppercase + D)},8901{s(r, 15, D)}' for _ in range(3))),
        ('fall_sensor_boot_log', lambda r: f'[boot] hw=FD-3 serial={s(r, 16, string.ascii_uppercase + D)} mac={":".join(hx(r, 2) for _ in range(6))} fw=4.2.1'),
    ]),
    ('x12_interchange_control_numbers', [
        ('x12_isa_gs_envelope', lambda r: f'ISA*00*          *00*          *ZZ*{s(r, 9, D)}      *ZZ*CLEARINGHOUSE  *260301*1200*^*00501*{s(r, 9, D)}*0*P*:~\nGS*HC*{s(r, 9, D)}*CLEARINGHOUSE*20260301*1200*{s(r, 6, D)}*X*005010X222A1~'),
        ('era_835_trace_segment', lambda r: f'TRN*1*{s(r, 15, D)}*1{s(r, 9, D)}~'),
    ]),
    ('telehealth_session_nonces_and_ice_ufrags', [
        ('webrtc_sdp_offer_excerpt', lambda r: f'a=ice-ufrag:{s(r, 4)}\na=ice-options:trickle\na=mid:{r.randint(0, 3)}\na=fingerprint:sha-256 {":".join(hx(r, 2).upper() for _ in range(32))}'),
        ('checkin_request_log_nonce', lambda r: f'POST /checkin nonce={hx(r, 32)} request_id={uuid4(r)} status=201'),
    ]),
    ('care_plan_export_checksums', [
        ('care_plan_sha256sums', lambda r: '\n'.join(f'{sha(r)}  careplan_{s(r, 6, D)}.pdf' for _ in range(3))),
        ('nightly_export_manifest_crc', lambda r: f'file=mar_export.csv size={r.randint(10**5, 10**7)} crc32={zlib.crc32(s(r, 30).encode()):08x} md5={sha(r, "md5")}'),
    ]),
    ('publishable_keys_in_family_portal', [
        ('family_portal_checkout_publishable_key', lambda r: f'const stripe = Stripe("pk_live_{s(r, 99)}"); // publishable, safe in the browser'),
        ('family_portal_push_app_id', lambda r: f'OneSignal.init({{ appId: "{uuid4(r)}" }}); // public app id'),
    ]),
    ('redacted_values_in_evv_logs', [
        ('evv_submit_debug_log', lambda r: f'DEBUG submit visit=V{s(r, 10, D)} auth=Bearer ******** sftp_password=[REDACTED] status=200'),
        ('config_dump_masked', lambda r: f'CLEARINGHOUSE_API_KEY={s(r, 4)}…{s(r, 4)} (masked)\nSCHEDULING_DB_PASSWORD=<hidden>'),
    ]),
    ('template_placeholders_in_agency_configs', [
        ('agency_env_sample', lambda r: f'# copy to .env\nEVV_SFTP_PASSWORD=\nCLEARINGHOUSE_API_KEY=changeme\nTELEHEALTH_JWT_SECRET=<paste-secret-here>  # ticket {r.randint(100, 999)}'),
        ('helm_values_template_refs', lambda r: f'env:\n  - name: PAYROLL_FTPS_PASSWORD\n    value: "{{{{ .Values.payroll.password }}}}"\n  - name: MAR_SVC_PASSWORD\n    value: "${{MAR_SVC_PASSWORD:?required}}"  # rev {r.randint(10, 99)}'),
    ]),
    ('key_vault_and_secrets_manager_references', [
        ('azure_app_service_keyvault_reference', lambda r: f'@Microsoft.KeyVault(SecretUri=https://agency-kv-{s(r, 4, LOW)}.vault.azure.net/secrets/evv-sftp-password/{hx(r, 32)})'),
        ('aws_secrets_manager_arn_ref', lambda r: f'valueFrom: arn:aws:secretsmanager:us-east-1:{s(r, 12, D)}:secret:prod/claims/clearinghouse-{s(r, 6)}'),
    ]),
    ('kms_and_ansible_vault_ciphertext', [
        ('ansible_vault_encrypted_var', lambda r: '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(hx(r, 80) for _ in range(3))),
        ('aws_kms_ciphertext_blob', lambda r: 'CiphertextBlob: AQICAHh' + b64(r, 150)),
    ]),
    ('bcrypt_and_argon2_password_hashes', [
        ('portal_users_bcrypt_rows', lambda r: '\n'.join(f'{r.randint(100, 999)}|family{i}@example.org|$2b$12${s(r, 53, B62 + "./")}' for i in range(3))),
        ('caregiver_accounts_argon2id', lambda r: f'$argon2id$v=19$m=65536,t=3,p=4${b64(r, 16, pad=False)}${b64(r, 32, pad=False)}'),
    ]),
    ('caregiver_chat_about_passwords_without_one', [
        ('scheduler_reset_reminder', lambda r: f'Reminder #{r.randint(10, 99)}: portal passwords expire Monday. Reset yours from the login page, never share it in this chat, and call the office if you get locked out.'),
        ('onboarding_handbook_password_rules', lambda r: f'Section {r.randint(2, 9)}.{r.randint(1, 9)} Passwords: at least 14 characters, a passphrase is best, never write it on the client\'s fridge, and the tablet PIN is set by IT on first login.'),
    ]),
    ('sdk_documentation_example_credentials', [
        ('evv_api_docs_curl_example', lambda r: f'curl -H "Authorization: Bearer YOUR_API_TOKEN" https://api.evv.example.com/v{r.randint(1, 3)}/visits'),
        ('telehealth_sdk_readme_sample', lambda r: f'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport TELEHEALTH_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx  # sample {r.randint(1, 99)} from the README'),
    ]),
    ('fhir_resource_ids_and_etags', [
        ('fhir_patient_bundle_excerpt', lambda r: f'{{"resourceType": "Patient", "id": "{uuid4(r)}", "meta": {{"versionId": "{r.randint(1, 9)}", "lastUpdated": "2026-03-01T10:00:00Z"}}}}'),
        ('fhir_http_etag_headers', lambda r: f'HTTP/1.1 200 OK\nETag: W/"{hx(r, 40)}"\nLocation: /fhir/CarePlan/{uuid4(r)}/_history/{r.randint(1, 9)}'),
    ]),
]

WRAPPERS = [
    ('', '{T}'),
    ('__in_agency_dev_github_issue', 'Issue #{N}: is this safe to commit?\n\n```\n{T}\n```\nLooks fine to me, none of this is a live credential.'),
    ('__in_evv_support_zendesk_macro', 'Hi team,\nattaching the snippet from the customer:\n{T}\nClosing as no action needed.'),
    ('__in_clinical_ops_notion_page', '## Reference (ops wiki)\n{T}\n_last edited by the on-call coordinator_'),
    ('__in_billing_team_gmail_thread', 'From: billing@agency.example\nSubject: Re: export question\n\n{T}\n\n> on Tue the auditor wrote: can we keep this in the file?'),
    ('__in_device_fleet_jira_comment', 'PERS-{N} comment: pasted for context\n{noformat}\n{T}\n{noformat}'),
]


def build(seed, forbidden, start_id):
    r = random.Random(seed)
    out = []
    n = start_id
    seen = set()
    for cls, kinds in CLASSES:
        for kind, gen in kinds:
            for wname, wt in WRAPPERS:
                for _ in range(100):
                    t = gen(r)
                    text = wt.replace('{T}', t).replace('{N}', str(r.randint(100, 9999)))
                    if text not in seen and not any(f in text for f in forbidden):
                        break
                seen.add(text)
                n += 1
                out.append({'id': f'p162-n-{n:04d}', 'class': cls, 'container': kind + wname, 'text': text, 'source': 'negative'})
    return out
