/**
 * The floor the pane's first paint is held against: a minimal Fluent UI v9 + React 18 page with a
 * dozen typical components, compiled by bench/bundle.ts with the add-in's own webpack settings.
 */
import {
  Badge,
  Button,
  Caption1,
  Dropdown,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Tab,
  TabList,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

function Floor() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">Floor</Title3>
      <Caption1>Fluent UI v9 + React 18</Caption1>
      <TabList defaultSelectedValue="a">
        <Tab value="a">A</Tab>
        <Tab value="b">B</Tab>
      </TabList>
      <Field label="Monat">
        <Dropdown value="Mai">
          <Option>Mai</Option>
          <Option>Juni</Option>
        </Dropdown>
      </Field>
      <Field label="Wert">
        <Input />
      </Field>
      <ProgressBar value={0.5} />
      <MessageBar intent="success">
        <MessageBarBody>ok</MessageBarBody>
      </MessageBar>
      <Badge appearance="filled" color="success">
        erreicht
      </Badge>
      <Table size="small" aria-label="t">
        <TableBody>
          <TableRow>
            <TableCell>1</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Button appearance="primary">OK</Button>
    </FluentProvider>
  );
}

createRoot(document.getElementById("container") ?? document.body.appendChild(document.createElement("div"))).render(<Floor />);
