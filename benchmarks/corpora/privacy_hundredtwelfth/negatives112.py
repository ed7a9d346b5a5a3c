"""Hard negatives from the construction / BIM world: 16 classes x 2 base kinds x 6 presentations."""
import base64, hashlib, string, uuid as _uuid

IFC64 = string.digits + string.ascii_uppercase + string.ascii_lowercase + '_$'


def ifc_guid(r):
    n = r.getrandbits(128)
    out = IFC64[n >> 126]
    for i in range(20, -1, -1):
        out += IFC64[(n >> (6 * i)) & 63]
    return out


def U(r):
    return str(_uuid.UUID(int=r.getrandbits(128), version=4))


def hx(r, n):
    return ''.join(r.choice('0123456789abcdef') for _ in range(n))


def an(r, n):
    return ''.join(r.choice(string.ascii_letters + string.digits) for _ in range(n))


def urn(r):
    s = 'urn:adsk.objects:os.object:site-models-%d/%s_%s.rvt' % (r.randint(10, 99), r.choice(['ARC', 'STR', 'MEP']), an(r, 6))
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip('=')


BASES = {
 'aps_public_model_identifiers': [
   ('aps_viewer_document_urn_js', lambda r: f"Autodesk.Viewing.Document.load('urn:{urn(r)}', onLoad, onFail);\n"),
   ('aps_public_client_id_authorize_url', lambda r: f"https://developer.api.autodesk.com/authentication/v2/authorize?response_type=code&client_id={an(r,32)}&redirect_uri=https%3A%2F%2Fviewer.site.example.com%2Fcb&scope=data%3Aread\n")],
 'ifc_global_id_listings': [
   ('ifc_step_ifcwall_lines', lambda r: ''.join(f"#{r.randint(100,99999)}= IFCWALL('{ifc_guid(r)}',#{r.randint(2,40)},'Basic Wall:Ext-{r.randint(100,400)}',$,$,#{r.randint(100,999)},#{r.randint(100,999)},'{r.randint(100000,999999)}',.STANDARD.);\n" for _ in range(2))),
   ('ifc_guid_clash_csv', lambda r: "clash,element_a,element_b\n" + ''.join(f"C{r.randint(1,999):03d},{ifc_guid(r)},{ifc_guid(r)}\n" for _ in range(2)))],
 'bcf_topic_markup_guids': [
   ('bcf_markup_topic_xml', lambda r: f"<Markup>\n  <Topic Guid=\"{U(r)}\" TopicType=\"Clash\" TopicStatus=\"Open\">\n    <Title>Duct vs beam L{r.randint(1,9)}</Title>\n  </Topic>\n</Markup>\n"),
   ('bcf_viewpoint_component_list', lambda r: f"<Components>\n  <Selection>\n    <Component IfcGuid=\"{ifc_guid(r)}\" />\n    <Component IfcGuid=\"{ifc_guid(r)}\" />\n  </Selection>\n</Components>\n")],
 'procore_record_numeric_ids': [
   ('procore_rfi_api_json_ids', lambda r: f"{{\"id\": {r.randint(10**6,10**7)}, \"project_id\": {r.randint(10**5,10**6)}, \"number\": \"{r.randint(1,400)}\", \"status\": \"open\"}}\n"),
   ('procore_submittal_url_ids', lambda r: f"https://app.procore.com/{r.randint(10**5,10**6)}/project/submittal_logs/{r.randint(10**7,10**8)}\n")],
 'model_file_content_digests': [
   ('federated_model_sha256_manifest', lambda r: ''.join(f"{hashlib.sha256(an(r,12).encode()).hexdigest()}  {r.choice(['ARC','STR','MEP'])}_L{r.randint(1,9)}.ifc\n" for _ in range(2))),
   ('revit_family_md5_inventory', lambda r: ''.join(f"{hashlib.md5(an(r,12).encode()).hexdigest()}\tDoor-{r.randint(800,1200)}.rfa\n" for _ in range(2)))],
 'survey_receiver_serials': [
   ('rinex_header_receiver_lines', lambda r: f"{r.randint(1000000000,9999999999):<20}TRIMBLE R12i        6.{r.randint(10,30)}                REC # / TYPE / VERS\n{r.randint(10000000,99999999):<20}TRMR12I         NONE                    ANT # / TYPE\n"),
   ('total_station_instrument_register', lambda r: f"Instrument register\nTS-{r.randint(1,9)}  Leica TS16  SN {r.randint(1000000,9999999)}  EDM {hx(r,8).upper()}\n")],
 'drone_image_exif_ids': [
   ('exif_image_unique_id_dump', lambda r: f"Image Unique ID : {hx(r,32)}\nCamera Serial Number : {an(r,14).upper()}\nGPS Altitude : {r.randint(60,120)}.{r.randint(0,9)} m\n"),
   ('flight_log_session_ids', lambda r: f"flight_id={U(r)} aircraft_sn={an(r,14).upper()} battery_sn={an(r,14).upper()}\n")],
 'site_camera_device_identifiers': [
   ('onvif_device_information_response', lambda r: f"<tds:GetDeviceInformationResponse>\n  <tds:SerialNumber>{an(r,16).upper()}</tds:SerialNumber>\n  <tds:HardwareId>{hx(r,8)}</tds:HardwareId>\n</tds:GetDeviceInformationResponse>\n"),
   ('nvr_channel_mac_table', lambda r: ''.join(f"CH{i}  {':'.join(hx(r,2) for _ in range(6))}  {r.choice(['online','offline'])}\n" for i in range(1, 3)))],
 'documentation_placeholder_values': [
   ('aps_tutorial_angle_placeholders', lambda r: f"APS_CLIENT_ID=<your-client-id>\nAPS_CLIENT_SECRET=<your-client-secret>\n# replace both before running npm start ({r.randint(1,9)})\n"),
   ('procore_readme_xxx_placeholders', lambda r: f"PROCORE_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nNTRIP_PASSWORD=********\n# step {r.randint(1,9)}: copy from the developer portal\n")],
 'secret_store_references': [
   ('azure_app_setting_keyvault_reference', lambda r: f"APS_CLIENT_SECRET=@Microsoft.KeyVault(SecretUri=https://kv-bim-{r.randint(1,9)}.vault.azure.net/secrets/aps-client-secret/)\n"),
   ('helm_external_secret_remote_ref', lambda r: f"spec:\n  data:\n  - secretKey: procore-client-secret\n    remoteRef:\n      key: bim/procore/prod-{r.randint(1,9)}\n      property: client_secret\n")],
 'encrypted_config_ciphertexts': [
   ('ansible_vault_encrypted_block', lambda r: "ntrip_caster_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n" + ''.join('  ' + hx(r, 80) + '\n' for _ in range(3))),
   ('rails_encrypted_credentials_blob', lambda r: f"# config/credentials/production.yml.enc\n{base64.b64encode(bytes(r.randrange(256) for _ in range(60))).decode()}--{base64.b64encode(bytes(r.randrange(256) for _ in range(12))).decode()}--{base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode()}\n")],
 'webhook_delivery_signatures': [
   ('aps_webhook_signature_header', lambda r: f"POST /hooks/aps HTTP/1.1\nx-adsk-signature: sha1hash={hx(r,40)}\ncontent-type: application/json\n"),
   ('docusign_hmac_signature_header', lambda r: f"X-DocuSign-Signature-1: {base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()}\nX-DocuSign-Delivery-Id: {U(r)}\n")],
 'pdf_drawing_document_ids': [
   ('pdf_trailer_id_array', lambda r: f"trailer\n<< /Size {r.randint(100,900)} /Root 1 0 R /ID [<{hx(r,32).upper()}> <{hx(r,32).upper()}>] >>\n"),
   ('drawing_register_revision_hashes', lambda r: f"Sheet,Rev,Issued,Hash\nA-{r.randint(100,500)},{r.choice('BCDE')},2025-0{r.randint(1,9)}-1{r.randint(0,9)},{hx(r,16)}\n")],
 'oauth_flow_state_and_challenge': [
   ('pkce_authorize_url_challenge', lambda r: f"https://login.procore.com/oauth/authorize?client_id={an(r,43)}&response_type=code&state={an(r,24)}&code_challenge={base64.urlsafe_b64encode(hashlib.sha256(an(r,20).encode()).digest()).decode().rstrip('=')}&code_challenge_method=S256\n"),
   ('oidc_callback_nonce_log', lambda r: f"callback received state={hx(r,32)} nonce={an(r,22)} session={U(r)}\n")],
 'git_lfs_model_pointers': [
   ('git_lfs_pointer_rvt', lambda r: f"version https://git-lfs.github.com/spec/v1\noid sha256:{hashlib.sha256(an(r,9).encode()).hexdigest()}\nsize {r.randint(10**7,10**9)}\n"),
   ('git_log_commit_hashes_models', lambda r: ''.join(f"{hx(r,40)} update {r.choice(['ARC','STR','MEP'])} model L{r.randint(1,9)}\n" for _ in range(2)))],
 'password_talk_without_value': [
   ('site_it_password_policy_memo', lambda r: f"Reminder: NVR and rover passwords must be at least {r.randint(12,16)} characters and are kept in the company vault – never write them on the site board.\n"),
   ('foreman_asks_for_password_chat', lambda r: f"[{r.randint(6,9)}:{r.randint(10,59)}] Foreman: anyone got the plan room password? the old one stopped working\n[{r.randint(6,9)}:{r.randint(10,59)}] IT: check the vault entry, I'll reset it later\n")],
}

WRAPS = [
 ('', lambda t, r: t),
 ('__in_site_office_chat', lambda t, r: f"[site-office] Dana: pasting this for reference\n{t}"),
 ('__in_bim_support_ticket', lambda t, r: f"Ticket BIM-{r.randint(1000,9999)}\nAttachment excerpt:\n{t}"),
 ('__in_handover_checklist', lambda t, r: f"Handover checklist – item {r.randint(1,40)}\n{t}– checked\n"),
 ('__in_construction_dev_forum', lambda t, r: f"Re: weird values in our export?\nHere is what I see:\n\n{t}\nAny idea?\n"),
 ('__in_cde_export_bundle', lambda t, r: f"== export_bundle/{r.randint(1,99):02d}.txt ==\n{t}"),
]


def build(r):
    out = []
    for cls, kinds in BASES.items():
        for kind, fn in kinds:
            for suf, w in WRAPS:
                out.append(dict(cls=cls, container=kind + suf, text=w(fn(r), r)))
    return out
