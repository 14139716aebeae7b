"""Example apps for cdktf-openai; each module builds one stack and can be run as a cdktf app."""
