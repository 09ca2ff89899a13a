namespace GovDesign.Site.Playground;

/// <summary>The small definition the playground starts with: two questions, a branch, and check answers.</summary>
internal static class SampleDefinition
{
    public const string Json = """
        {
          "slug": "report-a-street-light",
          "title": "Report a broken street light",
          "reference": "SL-{random:6}",
          "pages": [
            {
              "path": "where",
              "questions": [
                {
                  "name": "light-location",
                  "type": "text",
                  "label": "Where is the street light?",
                  "subject": "where the street light is",
                  "hint": "For example, outside 14 Mill Lane",
                  "maxLength": 200
                }
              ]
            },
            {
              "path": "problem",
              "questions": [
                {
                  "name": "problem",
                  "type": "singleChoice",
                  "label": "What is wrong with the light?",
                  "subject": "what is wrong with the light",
                  "options": [
                    { "value": "off", "text": "It does not come on" },
                    { "value": "flickering", "text": "It flickers" },
                    { "value": "damaged", "text": "The lamp post is damaged" }
                  ]
                }
              ]
            }
          ]
        }
        """;
}
