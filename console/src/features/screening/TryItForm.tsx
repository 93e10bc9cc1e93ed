import { ScanOutlined } from '@ant-design/icons';
import { Button, Collapse, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TryItValues } from './screen-request';
import { type ContentKind, contentKinds } from './screening.types';

interface TryItFormProps {
  loading: boolean;
  onSubmit: (values: TryItValues) => void;
}

export function TryItForm({ loading, onSubmit }: TryItFormProps) {
  const { t } = useTranslation('screening');
  const [form] = Form.useForm<TryItValues>();
  return (
    <Form<TryItValues> form={form} layout="vertical" initialValues={{ kind: 'listing', text: '' }} onFinish={onSubmit}>
      <Form.Item
        name="text"
        label={t('tryIt.text')}
        rules={[{ required: true, whitespace: true, message: t('tryIt.textRequired') }]}
      >
        <Input.TextArea rows={8} placeholder={t('tryIt.textPlaceholder')} data-testid="try-text" />
      </Form.Item>
      <Form.Item name="kind" label={t('tryIt.kind')}>
        <Select<ContentKind>
          style={{ maxWidth: 240 }}
          options={contentKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          data-testid="try-kind"
        />
      </Form.Item>
      <Collapse
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'context',
            label: t('tryIt.context'),
            children: (
              <Space wrap align="start">
                <Form.Item name="category" label={t('tryIt.productCategory')} extra={t('tryIt.productCategoryHint')}>
                  <Input style={{ width: 200 }} data-testid="try-category" />
                </Form.Item>
                <Form.Item name="price" label={t('tryIt.price')}>
                  <InputNumber min={0} style={{ width: 140 }} data-testid="try-price" />
                </Form.Item>
                <Form.Item name="wasPrice" label={t('tryIt.wasPrice')}>
                  <InputNumber min={0} style={{ width: 140 }} data-testid="try-was-price" />
                </Form.Item>
                <Form.Item name="lowestPrice" label={t('tryIt.lowestPrice')} extra={t('tryIt.lowestPriceHint')}>
                  <InputNumber min={0} style={{ width: 160 }} data-testid="try-lowest-price" />
                </Form.Item>
              </Space>
            ),
          },
        ]}
      />
      <Button type="primary" htmlType="submit" icon={<ScanOutlined />} loading={loading} data-testid="try-submit">
        {t('tryIt.submit')}
      </Button>
    </Form>
  );
}
