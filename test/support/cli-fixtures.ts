/** A standard-lifecycle manifest whose stages succeed at once in local mode: what CLI tests deploy. */
export const LOCAL_WEB_MANIFEST = `lifecycle: standard
stages:
  install:
    steps:
      - run: echo "installing $FERRY_VERSION"
  health-check:
    steps:
      - run: "true"
  rollback:
    steps:
      - run: echo "restoring $FERRY_VERSION"
`;

/** A frame of a Node stack trace, as it would show on stderr: the CLI must never print one. */
export const STACK_LINE = /^ {4}at /m;
