"""Hard negatives from the vet world: look like secrets, are not."""
import base64, hashlib, json, string
from common125 import ALNUM, HEX

D = string.digits


def iso11784(g):
    return g.r.choice(['900', '985', '981', '982', '941']) + g.s(D, 12)


def dea_number(g):
    first = g.r.choice('ABFM'); second = g.r.choice('KLMNPRSTW')
    d = [g.r.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + ''.join(map(str, d)) + str(chk)


def sha256(g):
    return hashlib.sha256(g.s(ALNUM, 20).encode()).hexdigest()


def pkce(g):
    verifier = g.s(ALNUM + '-._~', 64)
    ch = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip('=')
    return ch


def dicom_uid(g):
    return '1.2.826.0.1.3680043.%d.%d.%d.%d' % (g.r.randint(1000, 9999), g.r.randint(1, 999), g.r.randint(10**8, 10**9), g.r.randint(1, 400))


BASE = {
    'microchip_transponder_numbers': [
        ('microchip_scanner_export_csv', lambda g: 'scan_time,chip,species\n2024-11-14T09:02,%s,canine\n2024-11-14T09:15,%s,feline' % (iso11784(g), iso11784(g))),
        ('pet_registry_lookup_response_json', lambda g: json.dumps({'chip': iso11784(g), 'registered': True, 'registry': 'example-reunite', 'owner_contact_masked': '+44 7700 9*** **'})),
    ],
    'dicom_study_and_series_uids': [
        ('dcmdump_header_excerpt', lambda g: '(0020,000d) UI [%s]  # StudyInstanceUID\n(0020,000e) UI [%s]  # SeriesInstanceUID' % (dicom_uid(g), dicom_uid(g))),
        ('modality_worklist_row', lambda g: 'AccessionNumber=VX%s PatientID=PET-%s StudyUID=%s Modality=DX' % (g.s(D, 8), g.s(D, 6), dicom_uid(g))),
    ],
    'lab_accession_and_hl7_control_ids': [
        ('hl7_oru_msh_segment', lambda g: 'MSH|^~\\&|IDEXXLAB|REF|PIMS|CLINIC|20241114090512||ORU^R01|%s|P|2.5.1' % g.s(ALNUM, 20).upper()),
        ('lab_requisition_barcode_row', lambda g: 'Req %s | Accession %s | Tube EDTA-%s' % (g.s(D, 10), g.s(string.ascii_uppercase + D, 12), g.hexs(8, upper=True))),
    ],
    'pet_insurance_claim_and_policy_numbers': [
        ('claims_status_webhook_body', lambda g: json.dumps({'claim_id': 'CLM-' + g.s(D, 10), 'policy': 'POL' + g.s(string.ascii_uppercase + D, 14), 'status': 'approved'})),
        ('claim_remittance_csv_row', lambda g: 'remit_ref,claim,policy,amount\nRMT%s,CLM-%s,POL%s,182.40' % (g.hexs(16, upper=True), g.s(D, 10), g.s(string.ascii_uppercase + D, 14))),
    ],
    'dea_registration_and_drug_lot_numbers': [
        ('controlled_drug_log_header', lambda g: 'Registrant DEA# %s  Schedule II-V log\nKetamine 100mg/ml lot %s exp 2026-03' % (dea_number(g), g.s(string.ascii_uppercase + D, 9))),
        ('pharmacy_ndc_inventory_row', lambda g: 'NDC %s-%s-%s | lot %s | DEA %s' % (g.s(D, 5), g.s(D, 4), g.s(D, 2), g.s(string.ascii_uppercase + D, 10), dea_number(g))),
    ],
    'livestock_ear_tag_and_holding_ids': [
        ('eid_reader_session_dump', lambda g: 'session 17\n982 %s\n982 %s\ntotal 2 head' % (g.s(D, 12), g.s(D, 12))),
        ('herd_register_movement_row', lambda g: 'UK%s %s move-off holding %s/%s/%s' % (g.s(D, 12), '2024-10-02', g.s(D, 2), g.s(D, 3), g.s(D, 4))),
    ],
    'publishable_and_public_client_keys': [
        ('booking_widget_embed_snippet', lambda g: '<script src="https://book.example.com/widget.js" data-public-key="pub_%s"></script>' % g.s(ALNUM, 32)),
        ('payments_js_publishable_init', lambda g: "const stripe = Stripe('pk_live_%s');" % g.s(ALNUM, 99)),
    ],
    'masked_clinic_credentials': [
        ('pims_integration_settings_masked', lambda g: 'Lab integration\n  API key: ' + '•' * 28 + g.hexs(4) + '\n  Password: ********'),
        ('audit_log_redacted_secret_line', lambda g: '2024-11-14 07:41:%02d INFO claims-client token=[REDACTED] len=%d' % (g.r.randint(0, 59), g.r.randint(30, 60))),
    ],
    'vet_doc_placeholder_values': [
        ('clinic_env_example_file', lambda g: 'PIMS_DB_PASSWORD=<choose-a-strong-password>\nLAB_API_KEY=your-lab-api-key-here\nCLAIMS_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxx'),
        ('integration_guide_curl_example', lambda g: 'curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" https://api.example.com/v1/patients?clinic=%d' % g.r.randint(100, 999)),
    ],
    'key_vault_and_parameter_store_pointers': [
        ('azure_app_setting_keyvault_reference', lambda g: '@Microsoft.KeyVault(SecretUri=https://vetkv%d.vault.azure.net/secrets/claims-secret/%s)' % (g.r.randint(1, 99), g.hexs(32))),
        ('ssm_parameter_path_in_task_def', lambda g: json.dumps({'name': 'LAB_API_KEY', 'valueFrom': 'arn:aws:ssm:eu-west-1:%s:parameter/vet/lab/api_key' % g.s(D, 12)})),
    ],
    'encrypted_config_blobs': [
        ('ansible_vault_encrypted_var', lambda g: 'pims_db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  %s\n  %s' % (g.hexs(80), g.hexs(80))),
        ('sops_encrypted_yaml_value', lambda g: 'lab_api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (g.b64(24), g.b64(32), g.b64(16))),
    ],
    'clinic_password_talk_without_value': [
        ('front_desk_chat_reset_request', lambda g: 'Reception: the PIMS password expired again on desk %d, can IT reset it? I did not write the new one down.' % g.r.randint(1, 6)),
        ('practice_security_policy_line', lambda g: 'Policy %d.%d: passwords for the drug cabinet log must be at least 14 characters and are never sent by e-mail or WhatsApp.' % (g.r.randint(2, 9), g.r.randint(1, 9))),
    ],
    'image_and_report_digests': [
        ('radiograph_archive_sha256_manifest', lambda g: '%s  thorax_lat_%s.dcm\n%s  thorax_vd_%s.dcm' % (sha256(g), g.s(D, 4), sha256(g), g.s(D, 4))),
        ('lab_pdf_report_md5_row', lambda g: 'report_%s.pdf md5=%s' % (g.s(D, 8), hashlib.md5(g.s(ALNUM, 16).encode()).hexdigest())),
    ],
    'webhook_delivery_signatures': [
        ('claims_webhook_signature_header', lambda g: 'POST /hooks/claims HTTP/1.1\nX-Signature-256: sha256=%s\nX-Delivery: %s' % (sha256(g), g.uuid4())),
        ('reminder_callback_hmac_log', lambda g: 'callback ok sig=%s ts=%d' % (g.b64(32), 1733300000 + g.r.randint(0, 99999))),
    ],
    'oauth_state_and_pkce_challenges': [
        ('telehealth_authorize_redirect_url', lambda g: 'https://auth.example.com/authorize?client_id=televet-web&state=%s&code_challenge=%s&code_challenge_method=S256' % (g.s(ALNUM, 24), pkce(g))),
        ('owner_app_login_debug_log', lambda g: 'DEBUG oauth nonce=%s state=%s' % (g.s(ALNUM, 32), g.s(ALNUM, 22))),
    ],
    'appointment_and_patient_record_ids': [
        ('appointment_api_response_json', lambda g: json.dumps({'appointment_id': g.uuid4(), 'patient_id': 'pat_' + g.s(ALNUM, 24), 'slot': '2024-11-15T10:30:00Z'})),
        ('pims_mongo_objectid_export', lambda g: '{"_id": {"$oid": "%s"}, "species": "equine", "visit": "%s"}' % (g.hexs(24), g.hexs(24))),
    ],
}

WRAPS = [
    ('', '{t}'),
    ('__in_clinic_teams_thread', 'Teams — #clinic-it\nJonas: is this a problem?\n{t}'),
    ('__in_pims_vendor_ticket', 'Vendor ticket 77312, attachment excerpt:\n```\n{t}\n```'),
    ('__in_vet_app_pr_review', 'Review comment on pims-sync#412 (this is fine, not a secret):\n{t}'),
    ('__in_farm_vet_field_notes', 'Field notes, dairy visit:\n{t}\n-- end'),
    ('__in_practice_it_wiki_page', '== Reference ==\n<pre>\n{t}\n</pre>'),
]


def make(gen):
    out = []
    for cls, kinds in BASE.items():
        for kind, f in kinds:
            for suf, w in WRAPS:
                out.append({'class': cls, 'container': kind + suf, 'text': w.format(t=f(gen)), 'source': 'negative'})
    return out
