import random, string, hashlib, base64, json
from common136 import rs, HEX, ALNUM, b64u, uuid4

def luhn_digit(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        t += d
    return str((10 - t % 10) % 10)

U = string.ascii_uppercase; D = string.digits
def serial(r): return r.choice(['PON', 'JD', 'KMF', 'TCT']) + rs(r, D, 2) + rs(r, U, 1) + rs(r, D, 6)
def logtag(r):
    b = rs(r, D, 11); return b + luhn_digit(b)
def sha(r): return hashlib.sha256(bytes(r.getrandbits(8) for _ in range(40))).hexdigest()

C = {
 'forest_machine_serial_numbers': [
   ('harvester_fleet_register_csv', lambda r: "unit,model,serial,engine_hours\n" + "\n".join(f"H{r.randint(10,99)},{r.choice(['Scorpion','1270G','931XC','1285'])},{serial(r)},{r.randint(3000,19000)}" for _ in range(3))),
   ('forwarder_service_report_header', lambda r: f"SERVICE REPORT\nMachine serial: {serial(r)}\nCrane serial: CR{rs(r, D, 8)}\nHead serial: H{rs(r, U+D, 10)}")],
 'log_end_tag_luhn_numbers': [
   ('log_tag_scan_export', lambda r: "tag_no;species;length_dm\n" + "\n".join(f"{logtag(r)};{r.choice(['SPR','PIN','BIR'])};{r.randint(31,61)}" for _ in range(3))),
   ('landing_tag_roll_issue_note', lambda r: f"Issued tag roll {logtag(r)} - {logtag(r)} to landing crew 4 (check digit per mod 10)")],
 'coc_certificate_and_licence_codes': [
   ('supplier_certificate_table', lambda r: "\n".join(f"{r.choice(['Nordic Pine Oy','Valley Cedar Ltd','Elbe Holz GmbH'])} | FSC-C{rs(r, D, 6)} | SGSCH-COC-{rs(r, D, 6)}" for _ in range(3))),
   ('invoice_claim_footer', lambda r: f"FSC Mix Credit  FSC-C{rs(r, D, 6)}  /  PEFC/{rs(r, D, 2)}-{rs(r, D, 2)}-{rs(r, D, 3)}  /  {r.choice(['100% PEFC certified','PEFC Controlled Sources'])}")],
 'timber_sale_permit_numbers': [
   ('timber_sale_contract_header', lambda r: f"Timber Sale Contract No. TS-{r.randint(2020,2026)}-{rs(r, D, 5)}\nCutting permit CP{rs(r, D, 4)}/{rs(r, U, 2)}\nBlock {r.randint(1,40)}"),
   ('haul_permit_log', lambda r: "\n".join(f"haul permit HP{rs(r, D, 7)} truck {rs(r, U, 3)}-{rs(r, D, 3)} load {r.randint(1,9)}" for _ in range(3)))],
 'stand_compartment_gis_ids': [
   ('stand_geojson_properties', lambda r: json.dumps({'type': 'Feature', 'properties': {'stand_id': f"ST-{rs(r, D, 4)}-{rs(r, U, 1)}", 'objectid': r.randint(1, 99999), 'globalid': '{' + uuid4(r).upper() + '}'}})),
   ('compartment_attribute_rows', lambda r: "\n".join(f"C{r.randint(100,999)}/{r.randint(1,30)}  area_ha={r.randint(2,80)}.{r.randint(0,9)}  parcel={rs(r, D, 3)}-{rs(r, D, 3)}-{rs(r, D, 4)}" for _ in range(3)))],
 'lidar_tile_sha256_digests': [
   ('lidar_delivery_manifest', lambda r: "\n".join(f"{sha(r)}  tile_{r.randint(100,999)}_{r.randint(1000,9999)}.laz" for _ in range(3))),
   ('orthomosaic_checksum_json', lambda r: json.dumps({'file': f"ortho_block{r.randint(1,40)}.tif", 'sha256': sha(r), 'md5': hashlib.md5(bytes(r.getrandbits(8) for _ in range(9))).hexdigest()}))],
 'kiln_charge_batch_numbers': [
   ('kiln_charge_register', lambda r: "\n".join(f"K{r.randint(1,6)}-{r.randint(2024,2026)}-{rs(r, D, 4)}  schedule {rs(r, U, 2)}{r.randint(10,99)}  packs {r.randint(12,40)}" for _ in range(3))),
   ('lumber_pack_label_text', lambda r: f"PACK {rs(r, D, 9)}\nCHARGE K{r.randint(1,6)}-{rs(r, D, 5)}\nGTIN 0{rs(r, D, 13)}")],
 'public_map_client_tokens': [
   ('web_map_mapbox_public_token', lambda r: "mapboxgl.accessToken = 'pk." + b64u(json.dumps({'u': 'forestviewer', 'a': rs(r, string.ascii_lowercase + D, 25)}, separators=(',', ':')).encode()) + '.' + rs(r, ALNUM + '-_', 22) + "'; // public pk token, URL-restricted"),
   ('oauth_public_client_id_config', lambda r: f"# public OAuth client id (PKCE, no secret)\nCRUISE_APP_CLIENT_ID={uuid4(r)}\nCRUISE_APP_REDIRECT=https://cruise.example.com/callback")],
 'masked_mill_erp_credentials': [
   ('erp_connection_settings_screen', lambda r: f"Connection: ERP-PRD\nUser: YARD_RFC\nPassword: {'*' * r.randint(8,14)}\nLast test: OK"),
   ('integration_log_redacted', lambda r: f"[sync] POST /api/loads Authorization: Bearer [REDACTED] x-api-key: ****{rs(r, HEX, 4)} -> 201")],
 'placeholder_survey_config_values': [
   ('survey_env_example_file', lambda r: r.choice(["DJI_APP_KEY=<your-dji-app-key>\nPL_API_KEY=changeme\n", "PIX4D_CLIENT_SECRET=__FILL_ME_IN__\nDRONEDEPLOY_API_KEY=xxxxxxxxxxxxxxxx\n", "MAPBOX_SECRET_TOKEN=sk.YOUR_TOKEN_HERE\nSH_CLIENT_SECRET=${SH_CLIENT_SECRET}\n"]) + f"# copy to .env ({r.randint(1,99)})"),
   ('vendor_docs_curl_snippet', lambda r: f"curl -H \"Authorization: Bearer $SCALING_TOKEN\" https://api.scaling.example.com/v{r.randint(1,3)}/logs  # replace $SCALING_TOKEN with your own")],
 'secret_store_path_references': [
   ('vault_agent_template_ref', lambda r: f"{{{{ with secret \"kv/data/mill/{r.choice(['kiln','yard','erp'])}{r.randint(1,99)}\" }}}}{{{{ .Data.data.password }}}}{{{{ end }}}}"),
   ('ci_secret_expression_refs', lambda r: f"env:\n  DJI_APP_KEY: ${{{{ secrets.DJI_APP_KEY_{r.randint(1,99)} }}}}\n  ERP_PASSWORD: op://Mill/ERP-{r.randint(1,99)}/password")],
 'sops_and_sealed_secret_ciphertexts': [
   ('sops_encrypted_yaml_value', lambda r: f"erp_password: ENC[AES256_GCM,data:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(18))).decode()},iv:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()},tag:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()},type:str]"),
   ('sealed_secret_encrypted_data', lambda r: "encryptedData:\n  KILN_PASSWORD: AgB" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(90))).decode())],
 'password_policy_talk_without_value': [
   ('mill_it_policy_memo', lambda r: r.choice(["Kiln PCs: passwords rotate every 90 days; never write them on the HMI cabinet.", "Reminder: the scanner service password is in the vault, ask IT, do not post it here.", "Harvester tablets must use a passphrase of at least 14 characters."]) + f" (memo {r.randint(100,999)})"),
   ('operator_help_chat_line', lambda r: f"{r.choice(['Aino','Marko','Pekka','Liisa'])}: I forgot the landing tablet password again, who can reset it? #{r.randint(1000,9999)}")],
 'eudr_statement_reference_numbers': [
   ('eudr_dds_submission_receipt', lambda r: f"DDS reference: {r.randint(24,26)}{rs(r, U, 2)}{rs(r, D, 8)}{rs(r, U+D, 4)}\nVerification number: {rs(r, U+D, 8)}\nHS code 4403.{r.randint(10,99)}"),
   ('eudr_geolocation_plot_list', lambda r: "\n".join(f"plot {rs(r, U, 2)}-{rs(r, D, 5)} lat {r.uniform(60,66):.5f} lon {r.uniform(22,30):.5f}" for _ in range(3)))],
 'ssh_host_key_fingerprints': [
   ('known_hosts_fingerprint_prompt', lambda r: f"The authenticity of host 'kiln-gw ({'.'.join(str(r.randint(1,254)) for _ in range(4))})' can't be established.\nED25519 key fingerprint is SHA256:{base64.b64encode(hashlib.sha256(bytes(r.getrandbits(8) for _ in range(32))).digest()).decode().rstrip('=')}."),
   ('ssh_keygen_lf_output', lambda r: f"256 SHA256:{base64.b64encode(hashlib.sha256(bytes(r.getrandbits(8) for _ in range(32))).digest()).decode().rstrip('=')} harvester-sync (ED25519)")],
 'request_signature_trace_headers': [
   ('webhook_delivery_headers', lambda r: f"X-Delivery-Id: {uuid4(r)}\nX-Signature-256: sha256={sha(r)}\nX-Timestamp: {1760000000 + r.randint(0, 9999999)}"),
   ('api_gateway_trace_line', lambda r: f"traceparent: 00-{rs(r, HEX, 32)}-{rs(r, HEX, 16)}-01 request_id={rs(r, HEX, 24)}")],
}
WRAP = [('', '{}'), ('__in_mill_ops_teams_chat', "Teams #mill-ops\nSanna: is this the right one?\n{}\nVille: yes, that's fine"),
        ('__in_forestry_app_code_review', "Review comment on fixtures/sample.txt:\n```\n{}\n```\nLooks good to merge."),
        ('__in_kiln_support_ticket', "Ticket KS-{n}\nCustomer pasted:\n{}\nStatus: waiting on mill"),
        ('__in_harvest_planning_wiki', "== Harvest planning notes ==\n{}\n(last edited by planning team)"),
        ('__in_timber_buyer_email', "Hi,\nsee below from the supplier system:\n\n{}\n\nBest regards,\nTimber procurement")]

def build(ids):
    r = random.Random(13606)
    out = []
    for cls, kinds in C.items():
        for kind, g in kinds:
            for suf, w in WRAP:
                body = g(r)
                text = w.replace('{n}', str(r.randint(1000, 9999))).replace('{}', body)
                out.append({'id': ids(), 'class': cls, 'container': kind + suf, 'text': text, 'source': 'negative'})
    return out
