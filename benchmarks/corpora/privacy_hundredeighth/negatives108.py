"""Hard negatives from the energy world: 16 classes x 2 base kinds x 6 presentations."""
import random, hashlib, string
from shapes108 import rs, uid, HEX, UHEX, ALNUM, UALNUM, B64U, b64bytes

D = string.digits


def k(rng):
    return {
        "ocpp_call_frame_unique_ids": lambda: "[2,\"%s\",\"Heartbeat\",{}]\n[3,\"%s\",{\"currentTime\":\"2026-05-14T09:%02d:11Z\"}]" % ((lambda u: (u, u))(uid(rng)) + (rng.randint(10, 59),)),
        "ocpp_transaction_event_ids_log": lambda: "TransactionEvent Started transactionId=%s idToken.type=Central seqNo=%d evse=%d" % (uid(rng), rng.randint(0, 99), rng.randint(1, 4)),
        "dlms_obis_logical_name_listing": lambda: "\n".join("1.0.%d.8.%d.255  %s" % (rng.choice([1, 2]), rng.randint(0, 4), rng.choice(["Active energy import", "Active energy export"])) for _ in range(3)),
        "meter_flag_id_serial_table": lambda: "\n".join("%s%s%s  MTR-%s" % (rng.choice(["LGZ", "ISK", "EMH", "ITF"]), rng.randint(1, 9), rs(rng, D, 8), rs(rng, D, 6)) for _ in range(3)),
        "espi_usage_point_atom_ids": lambda: "<entry><id>urn:uuid:%s</id><link rel=\"self\" href=\"/espi/1_1/resource/Subscription/%d/UsagePoint/%d\"/></entry>" % (uid(rng), rng.randint(1000, 99999), rng.randint(1, 99)),
        "green_button_download_resource_uri": lambda: "GET https://utility.example.com/DataCustodian/espi/1_1/resource/Batch/Subscription/%d/UsagePoint/%d?published-min=2026-04-01T00:00:00Z" % (rng.randint(10000, 999999), rng.randint(1, 40)),
        "ocpi_evse_uid_location_listing": lambda: "{\"id\": \"LOC-%s\", \"evses\": [{\"uid\": \"%s\", \"evse_id\": \"DE*GRD*E%s*%d\"}]}" % (rs(rng, D, 5), uid(rng), rs(rng, D, 6), rng.randint(1, 4)),
        "emobility_emaid_contract_rows": lambda: "\n".join("%s-%s-C%s-%s" % (rng.choice(["DE", "NL", "AT"]), rs(rng, UALNUM, 3), rs(rng, UALNUM, 8), rs(rng, UALNUM, 1)) for _ in range(3)),
        "sunspec_model_register_hex_dump": lambda: "40000: 5375 6e53 0001 0042 " + " ".join(rs(rng, "0123456789abcdef", 4) for _ in range(12)),
        "modbus_holding_register_csv_export": lambda: "addr,value\n" + "\n".join("%d,%d" % (40070 + i, rng.randint(0, 65535)) for i in range(5)),
        "charger_firmware_sha256_manifest": lambda: "%s  evse-fw-%d.%d.%d.bin" % (hashlib.sha256(rs(rng, ALNUM, 20).encode()).hexdigest(), rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 9)),
        "ocpp_signed_firmware_signature_field": lambda: "\"firmware\": {\"location\": \"https://fw.example.com/cp/%s.bin\", \"signature\": \"%s\"}" % (rs(rng, D, 6), b64bytes(rng, 64)),
        "v2g_contract_certificate_pem_body": lambda: "-----BEGIN CERTIFICATE-----\n" + "\n".join(b64bytes(rng, 48) for _ in range(4)) + "\n-----END CERTIFICATE-----",
        "openadr_ven_public_cert_chain_excerpt": lambda: "ven-cert.pem (public, shared with VTN):\nMIIC" + b64bytes(rng, 45) + "\n" + b64bytes(rng, 48),
        "tariff_api_docs_placeholder_block": lambda: "curl -H \"Authorization: Bearer <YOUR_TARIFF_API_TOKEN>\" https://api.example.com/v1/tariffs?postcode=%s" % rs(rng, D, 5),
        "inverter_env_example_changeme": lambda: "# .env.example\nINVERTER_CLOUD_CLIENT_SECRET=changeme\nHES_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx%s" % rng.choice(["", "xx", "xxxx"]),
        "csms_log_masked_basic_auth_echo": lambda: "INFO cp=%s auth=Basic user=%s pass=********%s" % (rs(rng, UALNUM, 8), rs(rng, UALNUM, 8), rng.choice(["", " (masked)"])),
        "solar_portal_masked_api_key_display": lambda: "API key: ****************************%s  (created 2026-0%d-1%d)" % (rs(rng, UALNUM, 4), rng.randint(1, 9), rng.randint(0, 9)),
        "helm_values_vault_agent_reference": lambda: "vault.hashicorp.com/agent-inject-secret-csms: \"secret/data/csms/%s#db_pass\"" % rng.choice(["prod", "staging", "depot%d" % rng.randint(1, 9)]),
        "k8s_secret_key_ref_env_stanza": lambda: "- name: HES_API_KEY\n  valueFrom:\n    secretKeyRef:\n      name: hes-%s\n      key: api-key" % rs(rng, "abcdefghijklmnopqrstuvwxyz", 5),
        "sops_encrypted_yaml_value": lambda: "hes_api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64bytes(rng, 24), b64bytes(rng, 12), b64bytes(rng, 16)),
        "sealed_secret_encrypted_data": lambda: "spec:\n  encryptedData:\n    CSMS_DB_PASS: Ag" + b64bytes(rng, 96),
        "entsoe_eic_party_codes": lambda: "\n".join("10X%s%s" % (rs(rng, UALNUM, 12), rs(rng, UALNUM, 1)) for _ in range(3)),
        "power_trade_deal_reference_rows": lambda: "\n".join("DEAL-%s-%s  %d MWh  EPEX" % (rs(rng, D, 8), rs(rng, UHEX, 6), rng.randint(1, 250)) for _ in range(3)),
        "pi_web_api_webid_listing": lambda: "\n".join("F1DP%s" % rs(rng, B64U, 40) for _ in range(2)),
        "historian_tag_guid_export": lambda: "tag,guid\nSUB4.FDR2.KW,{%s}\nSUB4.FDR2.KVAR,{%s}" % (uid(rng).upper(), uid(rng).upper()),
        "dlms_hls_challenge_trace": lambda: "AARQ calling-authentication-value (CtoS challenge): %s\nAARE responding-authentication-value (StoC): %s" % (rs(rng, HEX, 16), rs(rng, HEX, 16)),
        "ocpp_iso15118_nonce_field": lambda: "[2,\"%s\",\"Get15118EVCertificate\",{\"iso15118SchemaVersion\":\"urn:iso:15118:2:2013:MsgDef\",\"action\":\"Install\",\"exiRequest\":\"%s\"}]" % (rs(rng, D, 6), b64bytes(rng, 36)),
        "csms_container_image_digest_lines": lambda: "registry.example.com/csms/api@sha256:%s" % hashlib.sha256(rs(rng, ALNUM, 16).encode()).hexdigest(),
        "tariff_repo_git_commit_log": lambda: "\n".join("%s %s" % (hashlib.sha1(rs(rng, ALNUM, 12).encode()).hexdigest(), rng.choice(["fix peak window", "add TOU tariff", "bump ocpp lib"])) for _ in range(3)),
        "charger_password_policy_paragraph": lambda: "Charger admin passwords must be at least %d characters, unique per site and rotated after every commissioning; never paste them into tickets." % rng.randint(12, 20),
        "field_chat_asks_where_password_is": lambda: "%s: where do we keep the inverter portal password for site %s? the old doc just says 'see vault'" % (rng.choice(["Ana", "Tomasz", "Kwame", "Ines"]), rs(rng, D, 4)),
    }


CLASSES = [
    ("ocpp_frame_and_transaction_ids", "ocpp_call_frame_unique_ids", "ocpp_transaction_event_ids_log"),
    ("dlms_obis_and_meter_serials", "dlms_obis_logical_name_listing", "meter_flag_id_serial_table"),
    ("espi_resource_identifiers", "espi_usage_point_atom_ids", "green_button_download_resource_uri"),
    ("emobility_contract_and_evse_ids", "ocpi_evse_uid_location_listing", "emobility_emaid_contract_rows"),
    ("modbus_register_value_dumps", "sunspec_model_register_hex_dump", "modbus_holding_register_csv_export"),
    ("firmware_image_hashes_and_signatures", "charger_firmware_sha256_manifest", "ocpp_signed_firmware_signature_field"),
    ("v2g_public_certificate_bodies", "v2g_contract_certificate_pem_body", "openadr_ven_public_cert_chain_excerpt"),
    ("energy_api_doc_placeholders", "tariff_api_docs_placeholder_block", "inverter_env_example_changeme"),
    ("masked_charger_and_portal_credentials", "csms_log_masked_basic_auth_echo", "solar_portal_masked_api_key_display"),
    ("vault_and_k8s_secret_pointers", "helm_values_vault_agent_reference", "k8s_secret_key_ref_env_stanza"),
    ("sops_and_sealed_ciphertexts", "sops_encrypted_yaml_value", "sealed_secret_encrypted_data"),
    ("eic_codes_and_trade_references", "entsoe_eic_party_codes", "power_trade_deal_reference_rows"),
    ("historian_point_web_ids", "pi_web_api_webid_listing", "historian_tag_guid_export"),
    ("dlms_and_iso15118_challenge_nonces", "dlms_hls_challenge_trace", "ocpp_iso15118_nonce_field"),
    ("csms_image_and_commit_digests", "csms_container_image_digest_lines", "tariff_repo_git_commit_log"),
    ("charger_password_talk_without_value", "charger_password_policy_paragraph", "field_chat_asks_where_password_is"),
]
WRAPPERS = [
    ("", "%s\n"),
    ("__in_csms_incident_ticket", "INC-%d (CSMS) attachment:\n%s\nno credentials in this paste.\n"),
    ("__in_ev_fleet_chat", "fleet-ops: is this sensitive?\n%s\nreply: no, fine to share\n"),
    ("__in_inverter_support_forum", "[forum] Posted by pvnerd%d:\n```\n%s\n```\n"),
    ("__in_grid_ops_runbook", "Runbook step %d - expected output:\n%s\n"),
    ("__in_ocpp_pr_review", "Review comment on PR #%d:\n> %s\nLGTM\n"),
]


def build(seed=10806):
    rng = random.Random(seed)
    kinds = k(rng)
    out = []
    for cls, a, b in CLASSES:
        for base in (a, b):
            for suf, wtpl in WRAPPERS:
                body = kinds[base]()
                text = wtpl % body if suf == "" else wtpl % (rng.randint(10, 9999), body) if wtpl.count("%") == 2 and wtpl.index("%d") < wtpl.index("%s") else wtpl % (body,)
                out.append({"class": cls, "container": base + suf, "text": text, "source": "negative"})
    return out
