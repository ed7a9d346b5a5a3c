"""Everyday source: 12 secret types of the planetarium / observatory world x 45 container kinds."""
import zlib

from common183 import (B62, B64URL, DIGITS, HEX, LALNUM, b64, b64url_nopad, jwt_hs256,
                       key_style, owner_password, place, rbytes, rs, span_record, uuid4)

# name, key words, description, generator kind
TYPES = [
    ("dome_show_control_operator_password", ["show", "control", "password"],
     "owner-chosen operator password of the planetarium dome show-control system", "pw"),
    ("telescope_mount_remote_password", ["mount", "remote", "password"],
     "owner-chosen password of the telescope-mount / dome automation remote (ASCOM Remote / INDI web manager)", "pw"),
    ("allsky_camera_upload_password", ["allsky", "upload", "password"],
     "owner-chosen password of the account the all-sky camera uploads its images with", "pw"),
    ("exhibit_kiosk_exit_password", ["kiosk", "exit", "password"],
     "owner-chosen password that unlocks an exhibit kiosk out of kiosk mode", "pw"),
    ("group_booking_admin_password", ["booking", "admin", "password"],
     "owner-chosen admin password of the school-trip and group booking back office", "pw"),
    ("donor_crm_db_password", ["crm", "db", "password"],
     "owner-chosen password of the database account behind the membership and donor CRM", "pw"),
    ("weather_station_ingest_hmac_key", ["weather", "hmac", "key"],
     "64 lower-case hex (32-byte HMAC-SHA256 key) that signs observatory weather-station uploads", "hex64"),
    ("citizen_science_submission_api_key", ["submission", "api", "key"],
     "`csub_live_` + 32 base62, API key of the citizen-science observation submission service (prefix invented)", "csub"),
    ("eclipse_livestream_publish_key", ["stream", "publish", "key"],
     "`evl_` + base64url of 24 random bytes (32 characters), publish key of the eclipse / star-party live-stream ingest (prefix invented)", "evl"),
    ("membership_portal_session_jwt", ["member", "portal", "jwt"],
     "HS256 JWT (real base64url JSON header and payload, real HMAC under a discarded key) of the membership portal", "jwt"),
    ("planetarium_osc_bridge_psk", ["osc", "bridge", "psk"],
     "Base64 of 32 random bytes (44 characters), pre-shared key of the OSC bridge between show control and the dome projectors", "psk"),
    ("kiosk_fleet_enrolment_token", ["fleet", "enrol", "token"],
     "`kft.` + base64url of 18 random bytes (24 characters) + `.` + 8 lower-case hex CRC-32 of that body, enrolment token of the exhibit kiosk fleet manager (format invented)", "kft"),
]

PW_TYPES = [t[0] for t in TYPES if t[3] == "pw"]


def gen_value(kind, rng):
    if kind == "pw":
        return owner_password(rng)
    if kind == "hex64":
        return rs(rng, HEX, 64)
    if kind == "csub":
        return "csub_live_" + rs(rng, B62, 32)
    if kind == "evl":
        return "evl_" + b64url_nopad(rbytes(rng, 24))
    if kind == "jwt":
        sub = "mbr_%d" % rng.randint(10000, 99999)
        payload = {"sub": sub, "tier": rng.choice(["family", "stargazer", "patron", "educator"]),
                   "iss": "members.skyhall.lan", "iat": 1714000000 + rng.randint(0, 9000000)}
        payload["exp"] = payload["iat"] + 86400 * 30
        return jwt_hs256(rng, payload)
    if kind == "psk":
        return b64(rbytes(rng, 32))
    if kind == "kft":
        body = b64url_nopad(rbytes(rng, 18))
        return "kft." + body + "." + "%08x" % (zlib.crc32(body.encode()) & 0xFFFFFFFF)
    raise ValueError(kind)


def kft_ok(v):
    parts = v.split(".")
    return (len(parts) == 3 and parts[0] == "kft" and len(parts[1]) == 24
            and parts[2] == "%08x" % (zlib.crc32(parts[1].encode()) & 0xFFFFFFFF))


# container kind, key style, template ({K} key, {V} value, {U} user, {H} host, {N} number)
KINDS = [
    ("dome_controller_dotenv", "upper",
     "# dome controller - production\nDOME_SERIAL_PORT=/dev/ttyUSB0\nDOME_PARK_AZIMUTH=180\n{K}={V}\nLOG_LEVEL=info\n"),
    ("show_server_appsettings_json", "pascal",
     '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "ShowServer": {\n    "Host": "{H}",\n    "CueBank": 4,\n    "{K}": "{V}"\n  }\n}\n'),
    ("stellarium_remote_config_ini", "snake",
     "[RemoteControl]\nport = 8090\nautostart = true\nenable_authentication = true\n{K} = {V}\n\n[navigation]\nflag_enable_zoom_keys = true\n"),
    ("openspace_profile_asset_lua", "camel",
     "local sync = asset.require('scene/solarsystem/planets/earth/earth')\nlocal config = {\n  host = \"{H}\",\n  user = \"{U}\",\n  {K} = \"{V}\"\n}\nasset.export(\"domeLink\", config)\n"),
    ("indi_driver_saved_config_xml", "upper",
     "<INDIDriver>\n<newSwitchVector device=\"Dome Scripting Gateway\" name=\"CONNECTION\">\n  <oneSwitch name=\"CONNECT\">On</oneSwitch>\n</newSwitchVector>\n<newTextVector device=\"Dome Scripting Gateway\" name=\"REMOTE_AUTH\">\n  <oneText name=\"USER\">{U}</oneText>\n  <oneText name=\"{K}\">{V}</oneText>\n</newTextVector>\n</INDIDriver>\n"),
    ("ascom_profile_registry_export", "pascal",
     "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\ASCOM\\Dome Drivers\\ASCOM.SkyHall.Dome]\n@=\"SkyHall roll-off roof\"\n\"ComPort\"=\"COM4\"\n\"{K}\"=\"{V}\"\n"),
    ("nina_sequencer_profile_xml", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Profile Name=\"East pier\">\n  <FocuserSettings AutoFocusStepSize=\"40\" />\n  <RemoteSettings Host=\"{H}\" Port=\"11111\">\n    <{K}>{V}</{K2}>\n  </RemoteSettings>\n</Profile>\n"),
    ("allsky_ftp_settings_sh", "upper",
     "#!/bin/bash\n# allsky upload settings\nPROTOCOL=\"ftps\"\nREMOTE_HOST=\"{H}\"\nREMOTE_USER=\"{U}\"\n{K}=\"{V}\"\nIMAGE_DIR=\"/allsky/\"\n"),
    ("indi_allsky_flask_config_json", "upper",
     '{\n  "CCD_EXPOSURE_MAX": 25.0,\n  "IMAGE_FILE_TYPE": "jpg",\n  "FILETRANSFER": {\n    "HOST": "{H}",\n    "USERNAME": "{U}",\n    "{K}": "{V}"\n  }\n}\n'),
    ("weewx_conf_stanza", "snake",
     "[StdRESTful]\n    [[SkyHallUploader]]\n        enable = true\n        server_url = https://{H}/ingest\n        station = roof-east\n        {K} = {V}\n"),
    ("weather_esphome_secrets_yaml", "snake",
     "# secrets.yaml for the roof weather mast\nwifi_ssid: \"ObsRoof\"\nota_port: 3232\n{K}: \"{V}\"\n"),
    ("meteor_cam_rms_dotconfig", "snake",
     "[System]\nstationID: XX00{N}\nlatitude: 52.1\nlongitude: -1.3\n\n[Upload]\nupload_enabled: true\nhostname: {H}\n{K}: {V}\n"),
    ("kiosk_electron_store_json", "camel",
     '{\n  "exhibit": "moon-phases-table",\n  "idleTimeoutSec": 90,\n  "attractLoop": "loops/moon.mp4",\n  "{K}": "{V}"\n}\n'),
    ("kiosk_chrome_managed_policy_json", "pascal",
     '{\n  "HomepageLocation": "http://localhost:8080/exhibit/",\n  "KioskModeEnabled": true,\n  "SkyHallKioskExtension": {\n    "{K}": "{V}"\n  }\n}\n'),
    ("exhibit_unity_scriptable_asset", "camel",
     "%YAML 1.1\n%TAG !u! tag:unity3d.com,2011:\n--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: ExhibitSettings\n  attractSeconds: 45\n  {K}: {V}\n"),
    ("exhibit_touchdesigner_ext_py", "snake",
     "class DomeExt:\n    def __init__(self, ownerComp):\n        self.ownerComp = ownerComp\n        self.osc_port = 7000\n        self.{K} = '{V}'\n"),
    ("booking_rails_credentials_yml", "snake",
     "# config/credentials/production.yml (decrypted for debugging)\nsecret_key_base_rotation: pending\nschool_trips:\n  host: {H}\n  {K}: \"{V}\"\n"),
    ("booking_django_local_settings_py", "upper",
     "from .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"{H}\"]\n{K} = \"{V}\"\nGROUP_BOOKING_MAX_PUPILS = 64\n"),
    ("crm_wordpress_wp_config_php", "upper",
     "<?php\ndefine( 'WP_DEBUG', false );\ndefine( 'WP_HOME', 'https://{H}' );\ndefine( '{K}', '{V}' );\n$table_prefix = 'sc_';\n"),
    ("membership_symfony_parameters_yaml", "snake",
     "parameters:\n    locale: en\n    membership.host: '{H}'\n    {K}: '{V}'\n"),
    ("citizen_flask_instance_config_py", "upper",
     "# instance/config.py - not in git (hopefully)\nMAX_CONTENT_LENGTH = 32 * 1024 * 1024\nSUBMIT_BUCKET = \"sightings-raw\"\n{K} = \"{V}\"\n"),
    ("citizen_r_renviron", "upper",
     "R_LIBS_USER=~/R/library\nSKYGLOW_DB_HOST={H}\n{K}={V}\n"),
    ("citizen_jupyter_notebook_cell_json", "snake",
     '{\n "cell_type": "code",\n "execution_count": 7,\n "metadata": {},\n "outputs": [],\n "source": [\n  "{K} = \\"{V}\\"\\n",\n  "obs = load_sightings(since=\\"2024-04-08\\")"\n ]\n}\n'),
    ("livestream_obs_profile_basic_ini", "pascal",
     "[General]\nName=Eclipse2024\n\n[Output]\nMode=Advanced\n\n[SkyHallRelay]\nServer=rtmp://{H}/live\n{K}={V}\n"),
    ("livestream_nginx_rtmp_conf", "snake",
     "rtmp {\n    server {\n        listen 1935;\n        application live {\n            live on;\n            # {K} {V}\n            on_publish http://127.0.0.1:8081/auth;\n        }\n    }\n}\n"),
    ("livestream_systemd_unit_environment", "upper",
     "[Unit]\nDescription=Eclipse relay to the dome\nAfter=network-online.target\n\n[Service]\nEnvironment=RELAY_HOST={H}\nEnvironment={K}={V}\nExecStart=/usr/local/bin/eclipse-relay\nRestart=always\n"),
    ("observatory_compose_environment_map", "upper",
     "services:\n  scheduler:\n    image: registry.skyhall.lan/obs/scheduler:2.3\n    environment:\n      TZ: Europe/London\n      {K}: \"{V}\"\n    restart: unless-stopped\n"),
    ("observatory_k8s_configmap_data", "upper",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: obs-scheduler\n  namespace: observatory\ndata:\n  SITE: roof-east\n  {K}: \"{V}\"\n"),
    ("observatory_terraform_tfvars", "snake",
     "region      = \"eu-west-2\"\nsite_name   = \"roof-east\"\n{K} = \"{V}\"\n"),
    ("observatory_ansible_group_vars_yml", "snake",
     "---\n# group_vars/domepcs.yml\nntp_server: ntp.skyhall.lan\ndome_user: {U}\n{K}: \"{V}\"\n"),
    ("observatory_gitlab_ci_variables", "upper",
     "variables:\n  GIT_DEPTH: \"10\"\n  DEPLOY_HOST: \"{H}\"\n  {K}: \"{V}\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n"),
    ("observatory_jenkinsfile_environment", "upper",
     "pipeline {\n  agent { label 'pi-builder' }\n  environment {\n    TARGET = '{H}'\n    {K} = '{V}'\n  }\n  stages { stage('Build') { steps { sh 'make' } } }\n}\n"),
    ("allsky_pi_cloud_init_user_data", "snake",
     "#cloud-config\nhostname: allsky-north\npackage_update: true\nwrite_files:\n  - path: /etc/allsky/upload.conf\n    content: |\n      host={H}\n      {K}={V}\n"),
    ("weather_arduino_secrets_h", "define",
     "// arduino_secrets.h - roof weather mast\n#define SECRET_SSID \"ObsRoof\"\n#define {K} \"{V}\"\n"),
    ("mount_controller_go_constants", "camel",
     "package mountctl\n\nconst (\n\tdefaultPier = \"east\"\n\tslewRateArcsec = 3.0\n\t{K} = \"{V}\"\n)\n"),
    ("dome_rust_figment_toml", "snake",
     "[dome]\nshutter_timeout_s = 90\nhome_azimuth = 0.0\n\n[remote]\nhost = \"{H}\"\n{K} = \"{V}\"\n"),
    ("planetarium_micronaut_application_yml", "camel",
     "micronaut:\n  application:\n    name: showControlBridge\nshowControl:\n  host: {H}\n  {K}: '{V}'\n"),
    ("kiosk_dotnet_web_config_appsettings", "pascal",
     "<configuration>\n  <appSettings>\n    <add key=\"ExhibitId\" value=\"mars-rover-sandbox\" />\n    <add key=\"{K}\" value=\"{V}\" />\n  </appSettings>\n</configuration>\n"),
    ("observatory_powershell_dsc_psd1", "pascal",
     "@{\n    AllNodes = @(\n        @{\n            NodeName = 'OBS-PIER-01'\n            Role     = 'MountControl'\n            {K} = '{V}'\n        }\n    )\n}\n"),
    ("planetarium_techs_teams_chat", "spaced",
     "[09:12] {U}: projector 3 is dropping frames again during the aurora show\n[09:14] {U2}: ok, I'll remote in. what's the {K} again?\n[09:15] {U}: {V}\n[09:15] {U}: please don't paste it in the big channel\n"),
    ("star_party_volunteer_whatsapp", "spaced",
     "[21:47, 12/08] {U}: car park is full, send people to the field\n[21:49, 12/08] {U2}: can someone log the Perseid counts? {K} is {V} if the laptop asks\n[21:50, 12/08] {U}: \U0001f44d\n"),
    ("observatory_logbook_page_ocr", "title",
     "OBSERVING LOG  -  NIGHT OF 14 MAR\nSeeing 3/5   Transparency 4/5   SQM 20.8\n23:10 M81/M82 wide field, 40 x 120s\n{K}: {V}\n(ask {U} before changing it)\n"),
    ("science_centre_freshservice_ticket", "spaced",
     "Ticket #{N} - Kiosk in Gallery 2 frozen\nRequester: {U} (Visitor Experience)\nNote from agent: restarted the player. For next time the {K} is {V} - it is also in the shared vault.\nStatus: Resolved\n"),
    ("observatory_pi_bash_history", "upper",
     "  501  cd /opt/obs\n  502  sudo systemctl status obs-scheduler\n  503  export {K}='{V}'\n  504  ./obsctl sync --site roof-east\n  505  history -c\n"),
    ("booking_sentry_event_json", "camel",
     '{\n  "event_id": "{EID}",\n  "level": "error",\n  "message": "Upstream 401 from booking sync",\n  "extra": {\n    "schoolId": "URN-{N}",\n    "{K}": "{V}"\n  }\n}\n'),
]

USERS = ["mira", "tomasz", "ade", "keiko", "rhys", "lena", "farid", "sol", "ines", "oskar", "priya", "jonah"]
HOSTS = ["dome-ctl.skyhall.lan", "obs-roof.observatory.internal", "10.20.4.17", "show01.planetarium.local",
         "allsky-upload.skyhall.lan", "crm-db.sciencecentre.internal", "192.168.50.9", "bookings.skyhall.lan"]


def pair_type(k, j):
    return (5 * k + 7 * j + (k // 3)) % 12


def build(rng, reg, next_id):
    recs = []
    for k, (kind, style, tmpl) in enumerate(KINDS):
        for j in range(4):
            tname, words, _desc, gkind = TYPES[pair_type(k, j)]
            value = reg.draw(lambda: gen_value(gkind, rng))
            key = key_style(words, style)
            u = rng.choice(USERS)
            u2 = rng.choice([x for x in USERS if x != u])
            text, s, e = place(tmpl, value, K=key, K2=key, U=u, U2=u2, H=rng.choice(HOSTS),
                               N=str(rng.randint(1000, 99999)), EID=rs(rng, HEX, 32))
            recs.append(span_record(next_id(), tname, kind, text, s, e, "everyday"))
    return recs
