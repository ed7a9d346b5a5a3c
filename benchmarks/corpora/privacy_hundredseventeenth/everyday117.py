"""Everyday secrets: 45 container kinds from VFX / animation / render-farm work, 4 records each."""
import random
from common117 import *

TYPES = [  # (span type, env key, generator)
    ("vfx_render_db_password", "FARM_DB_PASS", lambda r: owner_pw(r)),
    ("vfx_tracker_script_key", "TRACKER_SCRIPT_KEY", lambda r: rs(r, ALNUM, 40)),
    ("vfx_farm_api_token", "FARM_API_TOKEN", lambda r: rs(r, ALNUM, 48)),
    ("vfx_licence_server_admin_password", "LICSRV_ADMIN_PASS", lambda r: owner_pw(r)),
    ("vfx_render_bucket_secret_key", "RENDER_BUCKET_SECRET", lambda r: rs(r, ALNUM + "/+", 40)),
    ("vfx_review_webhook_secret", "REVIEW_WEBHOOK_SECRET", lambda r: hexs(r, 64)),
    ("vfx_depot_user_password", "DEPOT_PASSWD", lambda r: owner_pw(r)),
    ("vfx_plate_share_password", "PLATE_SHARE_PASS", lambda r: owner_pw(r)),
    ("vfx_dailies_stream_jwt", "DAILIES_JWT", lambda r: jwt(r, {"sub": user(r), "room": "dailies-" + str(r.randint(100, 999)), "exp": 1893456000 + r.randint(0, 9999999)})),
    ("vfx_sim_cache_redis_secret", "SIMCACHE_REDIS_AUTH", lambda r: rs(r, ALNUM, 32)),
    ("vfx_lut_server_token", "LUT_SERVER_TOKEN", lambda r: b64(r, 32, True, False)),
    ("vfx_asset_cdn_signing_key", "ASSET_CDN_SIGNING_KEY", lambda r: b64(r, 32)),
]

S = SLOT
KINDS = [
 ("houdini_env_file_assignment", "# $HOME/houdini20.5/houdini.env\nHOUDINI_OTLSCAN_PATH = $HSITE/otls:&\nJOB = /show/{show}\n{K} = \"" + S + "\"\n"),
 ("houdini_package_json_env_list", "{{\n  \"load_package_once\": true,\n  \"env\": [\n    {{\"PIPE_ROOT\": \"/studio/pipe\"}},\n    {{\"{K}\": \"" + S + "\"}}\n  ]\n}}\n"),
 ("houdini_hda_python_module_section", "# PythonModule of Sop/{show}_cache_publish::1.3\nimport hou, os\nSERVER = \"https://{H}\"\n{K} = \"" + S + "\"\ndef publish(node):\n    hou.ui.displayMessage('publishing ' + node.path())\n"),
 ("maya_env_file_line", "// Documents/maya/2025/Maya.env\nMAYA_MODULE_PATH = /studio/pipe/maya/modules\n{K} = " + S + "\n"),
 ("maya_usersetup_mel_putenv", "// userSetup.mel for {show}\nputenv \"PIPE_SHOW\" \"{show}\";\nputenv \"{K}\" \"" + S + "\";\nsource \"pipeMenu.mel\";\n"),
 ("nuke_script_nk_text_knob", "Root {{\n inputs 0\n name /show/{show}/comp/{shot}_comp_v012.nk\n}}\nNoOp {{\n name pipe_settings\n addUserKnob {{1 k_{k} l \"{K}\"}}\n k_{k} \"" + S + "\"\n}}\n"),
 ("nuke_init_py_environ_setdefault", "# ~/.nuke/init.py\nimport os, nuke\nos.environ.setdefault(\"{K}\", \"" + S + "\")\nnuke.pluginAddPath('/studio/pipe/nuke/gizmos')\n"),
 ("blender_addon_prefs_string_property", "class PipePrefs(bpy.types.AddonPreferences):\n    bl_idname = __package__\n    server: bpy.props.StringProperty(name=\"Server\", default=\"https://{H}\")\n    {k}: bpy.props.StringProperty(name=\"{K}\", default=\"" + S + "\", subtype='NONE')\n"),
 ("deadline_job_info_environment_key_value", "Plugin=Houdini\nName={show} {shot} pyro v007\nFrames=1001-1120\nPool=sim\nEnvironmentKeyValue0=PIPE_SHOW={show}\nEnvironmentKeyValue1={K}=" + S + "\n"),
 ("tractor_alf_job_tcl_envkey", "Job -title {{{show} {shot} lighting}} -envkey {{rfm26}} -subtasks {{\n  Task -title {{notify}} -cmds {{\n    RemoteCmd {{/usr/bin/env {K}=" + S + " /studio/bin/notify --shot {shot}}} -service {{PixarRender}}\n  }}\n}}\n"),
 ("rez_package_py_commands", "name = \"{show}_pipe\"\nversion = \"2.4.1\"\n\ndef commands():\n    env.PYTHONPATH.append(\"{{root}}/python\")\n    env.{K} = \"" + S + "\"\n"),
 ("shotgrid_toolkit_shotgun_yml", "# config/core/shotgun.yml\nhost: https://{show}.shotgrid.autodesk.com\napi_script: toolkit_{show}\n{k}: " + S + "\nhttp_proxy: proxy.studio.example.com:3128\n"),
 ("ftrack_event_plugin_register_py", "import ftrack_api, os\n\ndef register(session, **kw):\n    os.environ['{K}'] = '" + S + "'\n    session.event_hub.subscribe('topic=ftrack.update', on_update)\n"),
 ("ocio_config_environment_block", "ocio_profile_version: 2\nenvironment:\n  SHOT: {shot}\n  {K}: " + S + "\nsearch_path: \"https://{H}/luts/$SHOT\"\nroles:\n  scene_linear: ACEScg\n"),
 ("katana_opscript_lua_local", "-- OpScript: resolve texture urls for {shot}\nlocal server = \"https://{H}\"\nlocal {k} = \"" + S + "\"\nInterface.SetAttr(\"texture.server\", StringAttribute(server))\n"),
 ("unreal_default_engine_ini_section", "[/Script/{show}Pipe.PipeSettings]\nServerUrl=https://{H}\n{K}=" + S + "\nbEnableUpload=True\n"),
 ("unreal_blueprint_clipboard_object", "Begin Object Class=/Script/BlueprintGraph.K2Node_CallFunction Name=\"K2Node_CallFunction_12\"\n   CustomProperties Pin (PinName=\"Url\",DefaultValue=\"https://{H}/api\")\n   CustomProperties Pin (PinName=\"{K}\",DefaultValue=\"" + S + "\")\nEnd Object\n"),
 ("rv_package_mu_module_binding", "module: pipe_review {{\nuse rvtypes;\nuse commands;\nstring serverUrl = \"https://{H}\";\nstring {k} = \"" + S + "\";\n}}\n"),
 ("macos_launchd_plist_environment_dict", "<plist version=\"1.0\"><dict>\n  <key>Label</key><string>com.studio.rendernode</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>{K}</key><string>" + S + "</string>\n  </dict>\n</dict></plist>\n"),
 ("render_node_powershell_profile_env", "# Microsoft.PowerShell_profile.ps1 on {hn}\n$env:PIPE_SHOW = \"{show}\"\n$env:{K} = \"" + S + "\"\nImport-Module FarmTools\n"),
 ("render_submit_batch_set_line", "@echo off\nREM submit_{show}.bat\nset PIPE_SHOW={show}\nset {K}=" + S + "\n\"C:\\Program Files\\Thinkbox\\Deadline10\\bin\\deadlinecommand.exe\" job.txt plugin.txt\n"),
 ("s3cmd_s3cfg_default_section", "[default]\naccess_key = {ak}\nhost_base = {H}\nhost_bucket = %(bucket)s.{H}\n{k} = " + S + "\nuse_https = True\n"),
 ("rclone_conf_remote_section", "[{show}_renders]\ntype = s3\nprovider = Other\nendpoint = https://{H}\naccess_key_id = {ak}\n{k} = " + S + "\n"),
 ("gsutil_boto_config_credentials", "[Credentials]\ngs_access_key_id = {ak}\n{k} = " + S + "\n[Boto]\nhttps_validate_certificates = True\n"),
 ("crontab_environment_line", "# crontab -l  (user {U})\nMAILTO=\"\"\n{K}=" + S + "\n*/15 * * * * /studio/bin/sync_dailies --show {show}\n"),
 ("p4config_file_line", "P4PORT=ssl:{H}:1666\nP4USER={U}\nP4CLIENT={U}_{show}_ws\n{K}=" + S + "\n"),
 ("makefile_export_variable", "SHOW := {show}\nexport {K} := " + S + "\n\nbuild:\n\tcmake --build build --target pipe_plugins\n"),
 ("cmake_presets_json_environment", "{{\n  \"version\": 6,\n  \"configurePresets\": [{{\n    \"name\": \"{show}-farm\",\n    \"environment\": {{\"{K}\": \"" + S + "\"}}\n  }}]\n}}\n"),
 ("nginx_proxy_set_header_line", "location /review/ {{\n    proxy_pass http://{ipa}:8080;\n    proxy_set_header X-{K}-Header \"" + S + "\";\n}}\n"),
 ("caddyfile_header_up_directive", "review.{show}.example.com {{\n  reverse_proxy {ipa}:9000 {{\n    header_up X-{k} " + S + "\n  }}\n}}\n"),
 ("supervisord_program_environment", "[program:farm_watcher]\ncommand=/studio/bin/farm_watcher --show {show}\nenvironment=PIPE_SHOW=\"{show}\",{K}=\"" + S + "\"\nautorestart=true\n"),
 ("prometheus_scrape_authorization_credentials", "scrape_configs:\n  - job_name: render_nodes_{show}\n    authorization:\n      type: Bearer\n      credentials: " + S + "\n    static_configs:\n      - targets: ['{ipa}:9100']\n"),
 ("fluent_bit_output_section", "[OUTPUT]\n    Name        http\n    Match       farm.*\n    Host        {H}\n    Header      X-{K} " + S + "\n    tls         On\n"),
 ("packer_hcl_variable_default", "variable \"{k}\" {{\n  type      = string\n  default   = \"" + S + "\"\n}}\n\nsource \"amazon-ebs\" \"render_node\" {{\n  instance_type = \"c6i.8xlarge\"\n}}\n"),
 ("vagrantfile_ruby_env_hash", "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"rocky9\"\n  config.vm.provision \"shell\", path: \"farm_node.sh\", env: {{ \"{K}\" => \"" + S + "\" }}\nend\n"),
 ("rocketchat_channel_paste", "[{hh}:{mm}] {U}: @here farm queue is stuck again, I set {K} to " + S + " on the wranglers box, can someone retry {shot}?\n"),
 ("discord_dm_export_json", "{{\"author\": \"{U}\", \"timestamp\": \"2025-03-{dd}T{hh}:{mm}:00\", \"content\": \"here's the {k} for the review box: " + S + " (don't put it in the wiki)\"}}\n"),
 ("obsidian_markdown_note_code_block", "## {show} farm setup notes\n\n- node image: rocky9 + houdini 20.5\n\n```sh\nexport {K}='" + S + "'\n```\n"),
 ("ayon_addon_settings_json", "{{\n  \"addon\": \"{show}_review_sync\",\n  \"version\": \"0.3.2\",\n  \"settings\": {{\"server_url\": \"https://{H}\", \"{k}\": \"" + S + "\"}}\n}}\n"),
 ("usd_plug_info_json_resolver", "{{\n  \"Plugins\": [{{\n    \"Type\": \"library\",\n    \"Name\": \"StudioResolver\",\n    \"Info\": {{\"StudioResolver\": {{\"endpoint\": \"https://{H}\", \"{k}\": \"" + S + "\"}}}}\n  }}]\n}}\n"),
 ("cgru_afanasy_config_json", "{{\"cgru_config\": {{\n  \"af_servername\": \"{H}\",\n  \"af_serverport\": 51000,\n  \"{k}\": \"" + S + "\"\n}}}}\n"),
 ("azcopy_command_history", "  512  azcopy login --tenant-id {uuid}\n  513  export {K}=" + S + "\n  514  azcopy copy /mnt/renders/{shot} https://renders.blob.core.windows.net/{show} --recursive\n"),
 ("substance_painter_plugin_qml_property", "import QtQuick 2.7\nimport Painter 1.0\nPainterPlugin {{\n  property string serverUrl: \"https://{H}\"\n  property string {k}: \"" + S + "\"\n}}\n"),
 ("openrv_rvrc_python_settings", "# ~/.rvrc.py\nimport os\nos.putenv(\"{K}\", \"" + S + "\")\nos.putenv(\"RV_SUPPORT_PATH\", \"/studio/pipe/rv\")\n"),
 ("gaffer_startup_python_environ", "# startup/gui/{show}.py\nimport os, Gaffer\nos.environ[\"{K}\"] = \"" + S + "\"\nGaffer.Metadata.registerValue(Gaffer.ScriptNode, \"variables\", \"preset:{show}\", \"{show}\")\n"),
]


def build(seed=11701):
    rng = random.Random(seed)
    recs = []
    for i, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            t_index = (i + 3 * j) % len(TYPES)
            typ, K, gen = TYPES[t_index]
            val = gen(rng)
            k = K.lower()
            fields = dict(K=K, k=k, H=host(rng), U=user(rng), show=rng.choice(["cobalt", "nightjar", "tidepool", "emberfall", "kestrel", "saltmarsh"]),
                          shot=shot(rng), ak=rs(rng, string.ascii_uppercase + string.digits, 20), ipa=ip(rng),
                          hn="rn" + str(rng.randint(100, 999)), hh=f"{rng.randint(0,23):02d}", mm=f"{rng.randint(0,59):02d}",
                          dd=f"{rng.randint(1,28):02d}", uuid=uuid4(rng))
            tpl2 = tpl.format(**fields)
            recs.append((typ, kind, tpl2, val))
    return recs
