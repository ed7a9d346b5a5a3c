"""Everyday: 45 audio-world container kinds x 4 records, 16 span types."""
import string
from common103 import Gen, ALNUM, HEXL, B64U, B64, UP, jwt

M = "\ue000"  # slot marker


def _types(g):
    r = g.r
    return {
        "icecast_source_mount_password": ("ICECAST_SOURCE_PASSWORD", lambda: g.password()),
        "icecast_admin_console_password": ("ICECAST_ADMIN_PASSWORD", lambda: g.password()),
        "liquidsoap_harbor_input_password": ("HARBOR_PASSWORD", lambda: g.password()),
        "shoutcast_dj_login_password": ("SC_DJ_PASSWORD", lambda: g.password()),
        "studio_nas_share_password": ("STUDIO_NAS_PASSWORD", lambda: g.password()),
        "podcast_cms_admin_password": ("PODCAST_ADMIN_PASSWORD", lambda: g.password()),
        "spotify_user_refresh_token": ("SPOTIFY_REFRESH_TOKEN", lambda: g.uniq(lambda: "AQ" + g.s(B64U, 129))),
        "soundcloud_oauth_access_token": ("SOUNDCLOUD_ACCESS_TOKEN", lambda: g.uniq(lambda: "2-" + g.s(string.digits, 6) + "-" + g.s(string.digits, 9) + "-" + g.s(ALNUM, 16))),
        "deezer_user_access_token": ("DEEZER_ACCESS_TOKEN", lambda: g.uniq(lambda: "fr" + g.s(ALNUM, 49))),
        "apple_music_developer_jwt": ("APPLE_MUSIC_DEVELOPER_TOKEN", lambda: g.uniq(lambda: jwt(g, {"alg": "ES256", "kid": g.s(UP, 10)}, {"iss": g.s(UP, 10), "iat": 1767225600 + r.randint(0, 9999999), "exp": 1782777600 + r.randint(0, 9999999)}))),
        "twitch_live_stream_key": ("TWITCH_STREAM_KEY", lambda: g.uniq(lambda: "live_" + g.s(string.digits, 9) + "_" + g.s(ALNUM, 30))),
        "youtube_live_ingest_stream_key": ("YT_STREAM_KEY", lambda: g.uniq(lambda: "-".join(g.s(string.ascii_lowercase + string.digits, 4) for _ in range(5)))),
        "private_podcast_feed_token": ("PRIVATE_FEED_TOKEN", lambda: g.uniq(lambda: g.s(HEXL, 40))),
        "audio_bucket_s3_secret_access_key": ("AUDIO_BUCKET_SECRET_KEY", lambda: g.uniq(lambda: g.s(ALNUM + "+/", 40))),
        "plugin_license_serial_key": ("PLUGIN_SERIAL", lambda: g.uniq(lambda: "-".join(g.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5) for _ in range(5)))),
        "freesound_api_token": ("FREESOUND_TOKEN", lambda: g.uniq(lambda: g.s(ALNUM, 40))),
    }


# {K} env name, {k} lower name, {V} value
CONTAINERS = [
    ("liquidsoap_radio_script_liq", '# radio.liq\nset("log.file.path", "/var/log/liquidsoap/radio.log")\n{k} = "{V}"\nradio = playlist("/srv/music")\n'),
    ("darkice_cfg_server_section", "[icecast2-0]\nbitrate = 128\nserver = stream.example.net\nport = 8000\n{k} = {V}\nmountPoint = live.mp3\n"),
    ("butt_settings_ini_profile", "[main]\nserver = studio_a\n[studio_a]\naddress = radio.example.org\nport = 8000\n{k} = {V}\ntype = 1\n"),
    ("obs_profile_service_json", '{{\n  "settings": {{\n    "server": "rtmp://ingest.example.net/app",\n    "{k}": "{V}",\n    "use_auth": false\n  }},\n  "type": "rtmp_custom"\n}}\n'),
    ("obs_basic_ini_output_section", "[Output]\nMode=Advanced\n[AdvOut]\nRecFormat2=mkv\n; {k}\nCustom{K}={V}\n"),
    ("ffmpeg_stream_push_script", '#!/bin/sh\n# push the studio mix\n{K}="{V}"\nffmpeg -re -i mix.wav -c:a libopus -b:a 96k -f ogg "$OUT_URL"\n'),
    ("reaper_project_rpp_notes", '<REAPER_PROJECT 0.1 "7.07/linux-x86_64" 1733000000\n  <NOTES 0 2\n    |{k}: {V}\n  >\n  TEMPO 120 4 4\n>\n'),
    ("max_for_live_js_device", "// device.js for the Max for Live uploader\nautowatch = 1;\nvar {k} = \"{V}\";\nfunction bang() {{ post(\"ready\\n\"); }}\n"),
    ("juce_cmakelists_compile_definition", 'juce_add_plugin(ShimmerVerb COMPANY_NAME "Northloop" FORMATS VST3 AU)\ntarget_compile_definitions(ShimmerVerb PRIVATE\n    {K}="{V}"\n    JUCE_WEB_BROWSER=0)\n'),
    ("plugin_ci_pluginval_workflow", "name: pluginval\non: [push]\njobs:\n  validate:\n    runs-on: macos-14\n    env:\n      {K}: {V}\n    steps:\n      - uses: actions/checkout@v4\n"),
    ("audiokit_swift_constants_file", "import AudioKit\n\nenum Secrets {{\n    static let {k} = \"{V}\"\n}}\n"),
    ("xcode_scheme_launch_environment", '<EnvironmentVariables>\n   <EnvironmentVariable\n      key = "{K}"\n      value = "{V}"\n      isEnabled = "YES">\n   </EnvironmentVariable>\n</EnvironmentVariables>\n'),
    ("android_gradle_properties_player_app", "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n{k}={V}\n"),
    ("hugo_podcast_site_params_toml", '[params]\n  showTitle = "Night Shift Audio"\n  {k} = "{V}"\n  itunesCategory = "Music"\n'),
    ("wordpress_wp_config_define_line", "define( 'WP_DEBUG', false );\ndefine( '{K}', '{V}' );\n/* That's all, stop editing! */\n"),
    ("mixcloud_upload_python_script", 'import requests\n\n{K} = "{V}"\nresp = requests.post(UPLOAD_URL, files={{"mp3": open("ep12.mp3", "rb")}})\n'),
    ("azuracast_dotenv_file", "AZURACAST_HTTP_PORT=80\nAZURACAST_SFTP_PORT=2022\n{K}={V}\nAZURACAST_PUID=1000\n"),
    ("libretime_config_yml_section", "general:\n  public_url: https://radio.example.org\nstream:\n  outputs:\n    icecast:\n      - enabled: true\n        {k}: {V}\n"),
    ("supercollider_startup_scd", "// startup.scd\ns.options.numOutputBusChannels = 8;\n~{k} = \"{V}\";\ns.boot;\n"),
    ("pure_data_patch_comment_line", "#N canvas 0 50 450 300 12;\n#X obj 30 40 osc~ 440;\n#X text 30 120 {k} {V};\n#X connect 0 0 1 0;\n"),
    ("csound_csd_options_block", "<CsoundSynthesizer>\n<CsOptions>\n-odac -d\n; {k}={V}\n</CsOptions>\n</CsoundSynthesizer>\n"),
    ("discord_music_bot_config_json", '{{\n  "prefix": "!",\n  "volume": 60,\n  "{k}": "{V}",\n  "djRole": "Producers"\n}}\n'),
    ("playlist_sync_node_module", "const sync = require('./sync');\nconst {k} = process.env.{K} || '{V}';\nsync.run({{ dryRun: false }});\n"),
    ("soundcloud_uploader_php_constant", "<?php\nconst {K} = '{V}';\nrequire __DIR__ . '/vendor/autoload.php';\n"),
    ("whisper_transcription_notebook_cell", '{{\n "cell_type": "code",\n "metadata": {{}},\n "source": [\n  "import os\\n",\n  "os.environ[\\"{K}\\"] = \\"{V}\\"\\n"\n ]\n}}\n'),
    ("podcast_show_notes_draft_markdown", "## Episode 48 - Tape saturation\n\nProducer notes (remove before publishing!)\n- {k}: `{V}`\n- sponsor read at 12:30\n"),
    ("studio_slack_message_paste", "[10:42] maya: anyone have the {k}? the stream is down\n[10:43] theo: {V}\n[10:43] maya: thx\n"),
    ("podcast_editor_trello_card_text", "Card: Re-upload S3E07\nChecklist:\n [x] loudness -16 LUFS\n [ ] login with {k} {V} and replace audio\n"),
    ("rclone_conf_audio_archive_remote", "[audio-archive]\ntype = s3\nprovider = Other\nendpoint = https://objects.example.net\n{k} = {V}\n"),
    ("s3cfg_audio_bucket_file", "[default]\nhost_base = objects.example.net\nhost_bucket = %(bucket)s.objects.example.net\n{k} = {V}\nuse_https = True\n"),
    ("restic_backup_env_sessions", "export RESTIC_REPOSITORY=s3:https://objects.example.net/sessions\nexport {K}='{V}'\nrestic backup ~/Sessions\n"),
    ("docker_compose_icecast_stack", "services:\n  icecast:\n    image: libretime/icecast:2.4.4\n    environment:\n      - {K}={V}\n    ports:\n      - \"8000:8000\"\n"),
    ("systemd_unit_stream_environment", "[Service]\nExecStart=/usr/bin/liquidsoap /etc/radio/main.liq\nEnvironment=\"{K}={V}\"\nRestart=always\n"),
    ("nginx_rtmp_module_push_block", "rtmp {{\n  server {{\n    listen 1935;\n    application live {{\n      live on;\n      # {k} {V}\n    }}\n  }}\n}}\n"),
    ("crontab_feed_rebuild_line", "# m h dom mon dow command\n*/15 * * * * {K}={V} /opt/feed/rebuild.sh >> /var/log/feed.log 2>&1\n"),
    ("zsh_history_mastering_engineer", ": 1733912201:0;cd ~/Masters/lp3\n: 1733912230:0;export {K}={V}\n: 1733912244:0;./upload_masters.sh\n"),
    ("juce_forum_question_block", "Hi all, my plugin fails to activate in Logic. Here is my setup code:\n\n    juce::String {k} (\"{V}\");\n    licenseCheck.start ({k});\n\nAny idea why it returns 401?\n"),
    ("plugin_crash_github_issue_paste", "### Describe the bug\nCrash on load in Ableton 12.\n\n### Log\n```\n[init] {k}={V}\n[init] sample rate 48000\nSegmentation fault\n```\n"),
    ("kubernetes_configmap_radio_data", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: radio-config\ndata:\n  {K}: \"{V}\"\n"),
    ("terraform_tfvars_audio_cdn", 'region = "eu-central-1"\n{k} = "{V}"\nbucket = "masters-archive"\n'),
    ("ableton_als_xml_annotation", '<Ableton MajorVersion="5" MinorVersion="12.0_12049">\n  <LiveSet>\n    <Annotation Value="{k} {V}" />\n  </LiveSet>\n</Ableton>\n'),
    ("mpv_lua_script_constant", "-- ~/.config/mpv/scripts/scrobble.lua\nlocal {k} = \"{V}\"\nmp.register_event(\"file-loaded\", function() end)\n"),
    ("vcv_rack_patch_module_data", '{{\n  "modules": [\n    {{"plugin": "Fundamental", "model": "VCO", "data": {{"{k}": "{V}"}}}}\n  ]\n}}\n'),
    ("bitwig_controller_script_js", 'loadAPI(18);\nhost.defineController("Northloop", "Cue Sender", "1.0", "{U}");\nvar {k} = "{V}";\n'),
    ("radio_automation_ini_rivendell", "[Identity]\nStationName=KXMP\n[Cae]\n{k}={V}\n[Format]\nSampleRate=48000\n"),
]


def generate(rng, used):
    g = Gen(rng, used)
    types = _types(g)
    tnames = sorted(types)
    count = {t: 0 for t in tnames}
    recs = []
    for ci, (kind, tpl) in enumerate(CONTAINERS):
        chosen = []
        for _ in range(4):
            cands = sorted((t for t in tnames if t not in chosen), key=lambda t: (count[t], rng.random()))
            chosen.append(cands[0])
            count[cands[0]] += 1
        for t in chosen:
            K, vf = types[t]
            v = vf()
            text = tpl.replace("{K}", K).replace("{k}", K.lower()).replace("{U}", g.uuid()).replace("{V}", M)
            text = text.replace("{{", "{").replace("}}", "}")
            start = text.index(M)
            text = text.replace(M, v)
            recs.append({"type": t, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": start, "end": start + len(v), "type": t}], "source": "everyday"})
    return recs
