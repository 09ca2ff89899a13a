global using GovDesign.Components.Binding;
global using GovDesign.Components.Localization;
global using Microsoft.AspNetCore.Components;
global using Microsoft.AspNetCore.Components.Rendering;
global using Microsoft.Extensions.Localization;
